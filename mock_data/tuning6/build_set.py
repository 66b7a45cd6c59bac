# ruff: noqa: E501, W291  (document texts are data: long lines and markdown hard breaks are intended)
"""Build the tuning6 evaluation set deterministically.

Document bodies carry inline label markers [[Sxxx|Skill|Level|quote]]; the marker is
replaced by the quote in the written file and becomes one row of labelled_set.csv, so a
quote can never drift from the document text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import zipfile
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "documents"
ROSTER_DIR = HERE / "roster"
FIXED = dt.datetime(2026, 6, 15, 12, 0, 0, tzinfo=dt.UTC)
MARK = re.compile(
    r"\[\[(S\d{3})\|([^|\]]+)\|(Emerging|Developing|Proficient|Advanced)\|(.+?)\]\]", re.S
)

TEACHERS = [
    ("T701", "Danielle Okafor-Reyes", "dokafor-reyes@hollisave.schools.example.org", "U0T701"),
    ("T702", "Samuel Brandt", "sbrandt@hollisave.schools.example.org", "U0T702"),
    ("T703", "Priya Venkataraman", "pvenkataraman@hollisave.schools.example.org", "U0T703"),
    ("T704", "Luis Ferreira", "lferreira@hollisave.schools.example.org", "U0T704"),
]
STUDENTS = [
    ("S701", "Amara Johnson", 7, "T701", ""),
    ("S702", "José Luis Martínez", 7, "T701", "JL"),
    ("S703", "Keisha Brown-Whitfield", 7, "T701", ""),
    ("S704", "Daniel Cho", 7, "T701", "Danny"),
    ("S705", "Daniel Okonkwo", 8, "T702", ""),
    ("S706", "Zoë Lindqvist", 8, "T702", ""),
    ("S707", "Marcus Hill", 8, "T702", "Moe"),
    ("S708", "Fatima Al-Sayed", 8, "T702", ""),
    ("S709", "Renée Dubois-Pierre", 6, "T703", ""),
    ("S710", "Tyler Nguyen", 6, "T703", "Ty"),
    ("S711", "Jasmine Ortiz", 6, "T703", "Jazz"),
    ("S712", "Amir Haddad", 6, "T703", ""),
    ("S713", "Sofía Ramírez", 7, "T704", ""),
    ("S714", "Ethan Kowalski", 7, "T704", ""),
    ("S715", "Grace Adeyemi", 7, "T704", "Gigi"),
    ("S716", "Amara Patel", 7, "T704", ""),
]

DOCS: list[dict] = []


def add(
    name: str,
    etype: str,
    date: str,
    students: list[str],
    body: str = "",
    *,
    notes: str = "",
    title: str = "",
    author: str = "",
    **kw: Any,
) -> None:
    DOCS.append(
        dict(
            name=name,
            etype=etype,
            date=date,
            students=students,
            body=body,
            notes=notes,
            title=title,
            author=author,
            **kw,
        )
    )


def define(add: Callable[..., None]) -> None:
    # ---------------- T701 Ms. Okafor-Reyes, grade 7 ELA (ICT with Ms. Venkataraman) ----------------
    add(
        "Amara journal Sept.docx",
        "reflection_journal",
        "2025-09-12",
        ["S701"],
        title="Journal - Amara J",
        author="Amara Johnson",
        body="""# Reader's Notebook
Friday, September 12th
Prompt (Ms. O-R): How did you feel about speaking in our first circle this week? What would you do differently?
[[S701|Communication|Emerging|Honestly I didnt say nothing in circle because everybody was looking at me and my voice gets shaky.]] [[S701|Self-Awareness|Developing|I think I get nervous because in 5th grade people laughed when I read out loud, so now I just pass.]]
Next time maybe I will say one thing. Maybe.
Prompt: One goal for next week?
[[S701|Self-Management|Emerging|I dont really have a goal, I just want the week to be over lol.]]""",
    )

    add(
        "Amara Johnson - reflection 11-14.md",
        "reflection_journal",
        "2025-11-14",
        ["S701"],
        body="""# Reflection — Socratic seminar #2

**Prompt:** Look back at your seminar goal. Did you meet it? What's your evidence?

My goal was to talk two times without Ms. O-R calling on me. I did it three times!! [[S701|Communication|Developing|The first time I read my sticky note word for word but the second time I just said it, like I was explaining it to my cousin.]]

**Prompt:** What helped?

[[S701|Self-Management|Developing|When I felt my face getting hot I did the breathing thing we practiced, in for four and out for four, and then I raised my hand before I could chicken out.]] I still wrote everything down first though.

**Prompt:** What's next?

[[S701|Self-Awareness|Proficient|I know I talk better when I already wrote my idea down, so my plan is to always have one note card ready, and that's my goal for the next seminar.]]
""",
    )

    add(
        "obs notes JL Oct.docx",
        "teacher_observation_note",
        "2025-10-07",
        ["S702"],
        title="Observation - Martinez",
        author="Danielle Okafor-Reyes",
        body="""# Observation Note
Student: José Luis Martínez ("JL")
Date: Tues., Oct. 7th   Class: ELA P4   Observer: D. Okafor-Reyes
[[S702|Organization|Emerging|JL arrived without his binder for the third time this week and spent the first ten minutes looking for his independent reading book, which turned out to be in his locker.]]
[[S702|Task Initiation|Emerging|Once he had materials, he needed four separate prompts from me to begin the quick-write and only started after Ms. V sat down next to him.]]
He was friendly and apologetic about it. Plan: try the folder check-in at the door with Ms. V.
Skills observed: Organization, Task Initiation
Ratings: Organization E / Task Initiation E""",
    )

    add(
        "Martinez conference write up.docx",
        "teacher_observation_note",
        "2026-02-10",
        ["S702"],
        title="Student-led conference - J.L. Martinez",
        author="Danielle Okafor-Reyes",
        body="""# Student-Led Conference Write-Up
Student: José Luis Martínez        Date: February 10, 2026
Present: JL, mom (Mrs. Adriana Martínez), Ms. Okafor-Reyes, Ms. Venkataraman
## Summary
[[S702|Organization|Proficient|JL walked his mom through his binder tabs himself and showed her the planner page where he writes every assignment before he leaves class, which he has done without reminders since winter break.]]
[[S702|Self-Awareness|Proficient|When his mom asked why his grades went up he said that he figured out he forgets stuff when it's not written down in one place, so he made the planner his one place.]]
## Goals
| Area | Goal | Who helps |
| Task Initiation | Start long-term project steps the day they are assigned | JL, Ms. V check-in Fridays |
| Reading stamina | 25 min independent reading | Home |
[[S702|Planning & Prioritization|Developing|For the research project he still waited until two days before the due date to start his outline, and said he "didn't know how long it would take."]]""",
    )

    add(
        "lit circle wk6 transcript.txt",
        "group_discussion_transcript",
        "2025-10-10",
        ["S701", "S702", "S703", "S704"],
        notes="lit circle, The Outsiders",
        body="""Lit Circle — The Outsiders ch. 4-6
Friday Oct 10, P4, Table 2 (recorded on class iPad, typed up by DOR)

MS. O-R: Okay, discussion director, take it away.
KEISHA: Okay so my question is, was Johnny actually a hero or did he just do it because he felt guilty about the Soc?
DANNY: He's a hero, he ran into a burning church. Like, that's the definition.
KEISHA: [[S703|Critical Thinking|Proficient|But the book says on page 92 he told Ponyboy he didn't care if he died, so maybe it wasn't brave, maybe it was him not caring, and those are different.]]
JL: Wait what page?
KEISHA: 92. Top.
JL: [[S702|Organization|Emerging|Oh. I don't have my book. I left it.]]
AMARA: You can look at mine.
DANNY: [[S704|Relationship Skills|Emerging|Whatever, that's a dumb question anyway, he's a hero, next.]]
MS. O-R: Danny, how could you say that differently?
DANNY: ...I disagree with your question. Sorry.
KEISHA: [[S703|Collaboration|Proficient|It's fine. Amara you haven't said anything yet, what do you think? You can just say if you agree with me or Danny.]]
AMARA: Um. Danny I guess.
""",
    )

    add(
        "Socratic seminar 1-23 (Otter).txt",
        "group_discussion_transcript",
        "2026-01-23",
        ["S701", "S703", "S704"],
        notes="Socratic seminar inner circle; Sofía Ramírez (S713) is from Mr. Ferreira's class, joined for the day, no row for her",
        body="""Socratic seminar 1-23
Fri, Jan 23, 2026 10:14 AM • 18:42

Keywords: fair, rules, school, uniform, evidence

Speaker 1  0:04
Inner circle, remember, you're talking to each other, not to me. Opening question: Should schools be allowed to search students' phones?

Keisha Brown-Whitfield  0:21
[[S703|Critical Thinking|Advanced|I used to think yes because of safety, but the two articles kind of disagree, the ACLU one says it's about privacy and the district one says it's about threats, and I think they're both right depending on if there's an actual reason to search, so the real question is who decides what counts as a reason.]]

Sofia Ramirez  1:02
I agree with Keisha but like what if the teacher just doesn't like you.

Danny Cho  1:10
[[S704|Digital Literacy|Advanced|Also the district article is from the district's own website, so obviously they're gonna say searches are good, that's kind of biased, and it doesn't even say where their numbers come from.]]

Amara Johnson  1:34
[[S701|Communication|Proficient|I want to add on to Danny. My point is that if you search a phone you see everything, not just the one thing you're looking for, like pictures of your family, and that's different from searching a backpack.]]

Danny Cho  2:05
[[S704|Relationship Skills|Developing|Wait Amara, that's actually a good point, I didn't think about that. Can you say the backpack part again?]]

Speaker 1  2:20
Nice building on each other. Keisha, you want to bring in someone from the outer circle?
""",
    )

    add(
        "Keisha - peer feedback on Danny's slides.docx",
        "peer_feedback",
        "2025-11-20",
        ["S703", "S704"],
        title="Peer Feedback Form",
        author="Keisha Brown-Whitfield",
        body="""# Peer Feedback Form — Argument Presentation
Feedback from: Keisha Brown-Whitfield
Feedback for: Danny C.
Date: 11/20
| Glow (what worked) | Grow (what to work on) |
| Your slides looked really professional and the chart was easy to read | You talked really fast and didn't look at us |
[[S703|Communication|Advanced|Danny, your chart about screen time was the best part because you told us where the data came from before you showed it, so we trusted it. Next time slow down on the conclusion because that's where your actual argument is and we kind of missed it.]]
[[S703|Social Awareness|Proficient|I could tell you were nervous because you kept clicking ahead, which is okay, everybody gets like that.]]
Rating (circle): 1  2  3  (4)""",
    )

    add(
        "feedback for Amara from JL.txt",
        "peer_feedback",
        "2026-03-13",
        ["S702", "S701"],
        encoding="cp1252",
        crlf=True,
        body="""Peer feedback – Poetry Café
From: JL   To: Amara
Friday 3/13

What did the speaker do well?
[[S702|Communication|Developing|You never rushed and you looked up at the end of every stanza. I liked when you said “this line is about my grandma” before reading it.]]

One suggestion:
[[S702|Social Awareness|Developing|Maybe be louder in the beginning, the people in the back couldn’t hear, I saw Tre lean forward.]]
""",
    )

    add(
        "Danny Cho presentation - podcast project.docx",
        "project_presentation_transcript",
        "2026-04-17",
        ["S704"],
        title="Presentation transcript - Cho",
        author="Danielle Okafor-Reyes",
        body="""# Podcast Project Presentation (transcribed)
April 17 — Period 4
Okay so, hi. Our podcast is called Screen Time Is a Scam, and I made it with Audacity and then I edited the intro music in GarageBand at home.
[[S704|Digital Literacy|Advanced|When we were researching I found this article that said teens check their phones 300 times a day but when I clicked the source it was a company that sells a focus app, so we didn't use it and we found a Pew survey instead.]]
[[S704|Collaboration|Developing|At first I kind of did the whole editing by myself and Jaylen was mad, so we split it, he did the interview part and I did the sound, and honestly his part came out better than mine would have.]]
[[S704|Communication|Proficient|So my question for you guys is, like, how many times do you think you checked your phone yesterday? Think about it, and then we'll play the clip.]]
Okay, I'm gonna play it now. Any questions? ... Yeah, Keisha.""",
    )

    add(
        "Keisha_Argument_Speech_final.pdf",
        "project_presentation_transcript",
        "2026-05-08",
        ["S703"],
        title="Argument speech transcript",
        author="D. Okafor-Reyes",
        header="Hollis Avenue MS - ELA 7 - Okafor-Reyes/Venkataraman - Speech transcripts May 2026",
        body="""# Keisha B.-W. - "Later Start, Better Students"
Presented Friday, May 8. Transcribed from the class recording.

Good morning. I want you to imagine it's 6:15 and your alarm goes off and you have not slept, because your body literally is not ready to sleep before eleven. That's not me being lazy, that's biology.
[[S703|Critical Thinking|Advanced|Now some people will say, if school starts later, practice and jobs just get pushed later too, and that's a real point. I looked at the district in Seattle that switched, and students got more sleep even with practice moved, so the counterargument is real but the evidence says it still works.]]
[[S703|Communication|Advanced|So I'm not asking you to agree with me because I'm tired. I'm asking you to look at the numbers, and then go to the school board meeting on the 20th and say it yourself, because they listen to students more than they listen to one girl with a poster.]]
Thank you. Questions?""",
    )

    add(
        "note from Amara's mom.txt",
        "parent_note",
        "2025-10-20",
        ["S701"],
        body="""Hi Ms. Okafor-Reyes,
This is Tanya Johnson, Amara's mother. I just wanted to let you know that on Sunday Amara read her journal to me at the kitchen table, which she NEVER does. [[S701|Communication|Developing|She told me she practiced saying her idea out loud to her little brother before the circle because you told them they could do that.]]
She's still really shy with new people but I can see she's trying.
Thank you,
Tanya
Mon 10/20
""",
    )

    add(
        "RE_ Danny and the group project.eml",
        "parent_note",
        "2026-04-02",
        ["S704"],
        email={
            "headers": [
                ("From", "Helen Cho <hcho.family@mail.example.com>"),
                ("To", "Danielle Okafor-Reyes <dokafor-reyes@hollisave.schools.example.org>"),
                ("Subject", "RE: Danny and the group project"),
                ("Date", "Thu, 2 Apr 2026 21:17:44 -0400"),
                ("Message-ID", "<20260402211744.4471@mail.example.com>"),
                ("In-Reply-To", "<dor.20260402.01@hollisave.schools.example.org>"),
            ],
            "body": """Hi Ms. Okafor-Reyes,

Thank you for letting us know. We talked with Daniel tonight. [[S704|Relationship Skills|Developing|He admitted he took over the editing without asking Jaylen, and on his own he texted Jaylen to say sorry and ask which part he wanted.]] That is progress for him, last year he would have just said the other kid was slow.

[[S704|Digital Literacy|Proficient|He also showed his dad how he checks where a statistic comes from before he uses it, which honestly my husband could learn from.]]

Best,
Helen Cho

On Thu, Apr 2, 2026 at 2:40 PM Danielle Okafor-Reyes <dokafor-reyes@hollisave.schools.example.org> wrote:
> Dear Mr. and Mrs. Cho,
> I wanted to share a quick update about Danny's podcast group. There was some
> conflict today over who does the editing. Danny's technical skills are
> excellent; we are working on sharing the work.
> Best, Ms. Okafor-Reyes
""",
        },
    )

    add(
        "Keisha tutoring session 1-14.md",
        "peer_tutoring_transcript",
        "2026-01-14",
        ["S703", "S702"],
        notes="file name names only Keisha; JL (José Luis Martínez) also speaks, tagged by initials",
        body="""# Peer tutoring — 1/14 — thesis statements
*(audio from Ms. V's phone, typed by PV; KBW = tutor, JLM = tutee)*

**KBW:** Okay so what's your topic?
**JLM:** Uniforms. I think they're bad.
**KBW:** [[S703|Relationship Skills|Advanced|Okay, good, you already have an opinion, that's like half of it. Don't worry, I used to hate thesis statements too. Can you tell me why they're bad like you'd tell your friend?]]
**JLM:** Because you can't, like, be yourself. And they cost money. And they're itchy.
**KBW:** Ha, okay, pick your two best.
**JLM:** [[S702|Critical Thinking|Developing|Money and be yourself, because itchy isn't really a reason a principal would care about, right?]]
**KBW:** Exactly. So put it in one sentence.
**JLM:** [[S702|Task Initiation|Proficient|Hold on, let me write it before I forget, I'm just gonna start and we can fix it after.]]
""",
    )

    add(
        "Okafor-Reyes_Amara_obs_May.pdf",
        "teacher_observation_note",
        "2026-05-19",
        ["S701"],
        title="Observation - A. Johnson",
        author="Danielle Okafor-Reyes",
        header="Hollis Avenue Middle School | ELA 7 | Observation Record",
        body="""# Observation: Amara Johnson
Tuesday, May 19 - Poetry unit, whole-class share

Amara volunteered to go first today, which has never happened this year.
[[S701|Communication|Advanced|She introduced her poem by explaining why she chose free verse, read it with deliberate pauses, and then asked the class a question about the last line that sparked a five-minute discussion among students who usually stay quiet.]]
[[S701|Social Awareness|Proficient|Afterward she noticed Marisol looked upset about her turn coming up and quietly offered to stand next to her while she read.]]
Rating: Communication - Advanced; Social Awareness - Proficient""",
    )

    # ---------------- T702 Mr. Brandt, grade 8 social studies ----------------
    add(
        "Daniel O reflection journal.docx",
        "reflection_journal",
        "2025-09-26",
        ["S705"],
        title="Reflection Journal",
        author="Daniel Okonkwo",
        body="""# Social Studies Reflection Journal
Daniel Okonkwo — Sept 26
Mr. B's prompt: What's a problem in the world you actually care about? Why?
[[S705|Global Awareness|Proficient|I care about water because in my dad's village in Nigeria they walk like an hour to get clean water and here we waste it brushing our teeth, and I learned that it's connected to climate change because the dry season is getting longer.]]
Mr. B's prompt: How did you manage your time on the map project?
[[S705|Planning & Prioritization|Emerging|I didn't really, I did the whole thing Sunday night and forgot the legend.]]""",
    )

    add(
        "Okonkwo D. - journal Jan.txt",
        "reflection_journal",
        "2026-01-16",
        ["S705"],
        body="""Journal 1/16/26
Daniel O. - Period 2

Q: Look at your planning calendar for the NHD project. What's working?

[[S705|Planning & Prioritization|Developing|I broke the project into the four parts Mr. B showed us and put them on my phone calendar, I'm on time for the first two but the interview part I had to push back because my uncle was traveling, so I moved the website part up instead.]]

Q: What's your project about?
[[S705|Global Awareness|Advanced|It's about the Biafran War and how other countries sold weapons to both sides, and I'm emailing a professor at Columbia to ask about refugees now, because the same thing is happening in Sudan and nobody at school even knows.]]
""",
    )

    add(
        "Zoe journal.md",
        "reflection_journal",
        "2025-10-03",
        ["S706"],
        body="""# zoë's journal — oct 3

*prompt: how did you feel before the debate? what did you do about it?*

[[S706|Self-Awareness|Developing|i felt sick before the debate like actually sick. i think it's because i hate when people disagree with me out loud, it feels like they don't like me.]] 

[[S706|Self-Management|Emerging|i asked to go to the nurse so i wouldn't have to do it. i know that was kind of avoiding.]]

*prompt: what could you try next time?*

maybe i could go second instead of first? idk.
""",
    )

    add(
        "Zoë Lindqvist reflection - Feb.docx",
        "reflection_journal",
        "2026-02-27",
        ["S706"],
        title="Zoë Lindqvist - reflection",
        author="Zoë Lindqvist",
        body="""# Mid-Year Reflection
Friday 2/27
Prompt: Compare yourself now to September. Be specific.
[[S706|Self-Awareness|Advanced|In September I thought I was just a shy person, but now I think it's more that I'm scared of conflict, and knowing that helps, because when my stomach starts hurting in debates I can say to myself oh that's the conflict thing, and it gets smaller.]]
[[S706|Self-Management|Proficient|In the immigration debate I didn't go to the nurse, I wrote my three points on a card and I went second like I planned, and when Marcus argued with me I took a breath and answered him.]]
Prompt: What's a goal for the rest of 8th grade?
[[S706|Communication|Developing|I want to ask one question in every debate, not just read my card, because Mr. B says a question counts as participating too.]]""",
    )

    add(
        "Marcus H - observation log.txt",
        "teacher_observation_note",
        "2025-10-15",
        ["S707"],
        body="""OBSERVATION LOG -- Brandt -- Period 6
Student: Marcus "Moe" Hill, gr 8
10/15/25

[[S707|Inhibitory Control|Emerging|Moe called out answers six times during the mini-lesson, including twice while Fatima was speaking, and left his seat to sharpen a pencil during the quiz.]]
[[S707|Responsible Decision-Making|Emerging|When I redirected him he said "Daniel did it too" and then threw a crumpled paper at Daniel's table.]]
Spoke with him privately after class. He was calm and said he "just gets bored." Will call home.

Skills noted: Inhibitory Control, Responsible Decision-Making
""",
    )

    add(
        "Moe progress note 3.25.26.txt",
        "teacher_observation_note",
        "2026-03-25",
        ["S707"],
        crlf=True,
        encoding="utf-8",
        bom=True,
        body="""Progress note — Marcus Hill (Moe)
3.25.26 — SB w/ input from Ms. V (behavior plan check)

[[S707|Inhibitory Control|Developing|Moe used his "parking lot" sticky notes for ideas instead of calling out for most of the lesson today; he blurted twice and both times caught himself and said "my bad."]]
[[S707|Responsible Decision-Making|Developing|During the mock trial prep he told his group, "if we make up evidence Mr. B is gonna catch it and then we lose the whole thing," and steered them back to the packet.]]
Behavior plan points: 17/20 this week (up from 9/20 in Nov).
""",
    )

    add(
        "Fatima Al-Sayed conference notes.pdf",
        "teacher_observation_note",
        "2026-01-29",
        ["S708"],
        title="Conference notes - F. Al-Sayed",
        author="Samuel Brandt",
        header="Hollis Avenue MS - Grade 8 Social Studies - Mr. Brandt - CONFIDENTIAL",
        body="""# Conference: Fatima Al-Sayed
January 29, 2026 - with Fatima during advisory

Fatima asked for the meeting herself because she wanted to talk about her group.
[[S708|Social Awareness|Advanced|She told me she noticed that the two new students in her group were being left out of the planning because they are still learning English, so she started translating the task cards into Arabic for one and asked Sofia in 7th grade to help make a Spanish version for the other.]]
[[S708|Collaboration|Proficient|She reorganized the group roles so each person had a job that matched what they were good at, and she checks in with each of them at the start of the period.]]
Next step: Fatima would like to present the translated cards idea at the student council meeting.
Skills discussed: Social Awareness, Collaboration, Relationship Skills""",
    )

    add(
        "debate prep - 8th p2.txt",
        "group_discussion_transcript",
        "2025-11-06",
        ["S705", "S706", "S707", "S708"],
        notes="Daniel here is Daniel Okonkwo (T702), not Danny Cho",
        body="""Debate prep group (recorded, 11/6)
[00:00:12] Mr. Brandt: You have ten minutes to agree on your three arguments. Go.
[00:00:20] Moe: [[S707|Collaboration|Emerging|Okay I'll say the first one, the first one is it's unfair, done, next.]]
[00:00:25] Fatima: [[S708|Collaboration|Proficient|Wait, Moe, let's hear everybody first and then pick. Zoë, you had something in your notes?]]
[00:00:34] Zoë: um. i had that the border wall costs a lot. but it's probably not good.
[00:00:40] Daniel: [[S705|Collaboration|Developing|No, that's good, cost is a real argument, we can use it as number two if Moe's is number one.]]
[00:00:48] Moe: [[S707|Inhibitory Control|Emerging|Bro just write mine first, can we hurry up, this is boring, I already know what I'm saying.]]
[00:00:55] Fatima: [[S708|Social Awareness|Proficient|I think Zoë's is actually the strongest because it has numbers, and people on the other side care about money too.]]
[00:01:10] Zoë: [[S706|Communication|Emerging|okay. yeah. whatever you guys think.]]
""",
    )

    add(
        "mock trial deliberation (zoom).vtt",
        "group_discussion_transcript",
        "2026-04-09",
        ["S705", "S706", "S707"],
        notes="exported Zoom captions, class on remote day",
        body="""WEBVTT

1
00:00:03.100 --> 00:00:07.400
Samuel Brandt: Jury, you have the evidence packet. Talk it through.

2
00:00:08.000 --> 00:00:15.900
Marcus Hill: [[S707|Responsible Decision-Making|Proficient|Okay before we vote I think we gotta think about what happens to the guy if we're wrong, like that's his whole life.]]

3
00:00:16.200 --> 00:00:24.500
Zoë Lindqvist: [[S706|Communication|Proficient|I disagree with the witness part, because she said it was dark, and then she said she saw the color of his shirt, so which one is it?]]

4
00:00:25.000 --> 00:00:33.000
Daniel Okonkwo: [[S705|Critical Thinking|Proficient|Good catch. And the receipt says 9:40 but the camera says 9:52, so either the clock is off or the story is.]]

5
00:00:33.500 --> 00:00:38.000
Marcus Hill: [[S707|Inhibitory Control|Developing|Hold on, let me let Zoë finish, sorry, go.]]

6
00:00:38.400 --> 00:00:44.000
Zoë Lindqvist: [[S706|Cognitive Flexibility|Developing|I mean I was sure it was guilty but now I'm not, maybe we should look at the camera thing again.]]
""",
    )

    add(
        "NHD presentation Daniel.m4a transcript.txt",
        "project_presentation_transcript",
        "2026-03-05",
        ["S705"],
        notes="no speaker labels; the student presenting is Daniel Okonkwo",
        body="""National History Day - practice presentation - Thursday, March 5
(transcribed by Mr. Brandt from the class recording, no labels)

Hi, my project is called Starved of Attention: The Biafran War and the World. So in 1967 the eastern region of Nigeria declared independence and it became Biafra.
[[S705|Communication|Proficient|I know most of you never heard of it, I didn't either until my grandma told me, so I'm gonna start with her story and then show you the big picture.]]
[[S705|Global Awareness|Advanced|The reason I picked this is the same pattern is happening right now in Sudan, famine used as a weapon, and other countries sending arms while saying they're neutral, and I put a page on my website where you can email our representative about it.]]
[[S705|Critical Thinking|Advanced|One thing I found is the British documents and the Nigerian newspaper say totally different numbers for how many people died, so I show both and explain why each side had a reason to make it bigger or smaller.]]
Okay. Questions?
""",
    )

    add(
        "Fatima presentation notes PDF.pdf",
        "project_presentation_transcript",
        "2026-02-12",
        ["S708"],
        title="Student council presentation",
        author="Samuel Brandt",
        header="Grade 8 Social Studies - Presentation transcripts - Feb. 2026",
        body="""# Fatima A.-S. - "Everyone Gets the Task Card"
Thursday Feb 12, presented to student council (transcript typed from notes and recording)

So, um, hi. This is about the newcomers in our grade.
[[S708|Global Awareness|Proficient|There are kids in our school from Yemen, from Honduras, from Bangladesh, and a lot of them came because of war or because the economy got really bad, and when they get here they sit in class and can't read the directions.]]
[[S708|Communication|Advanced|So I'm not asking for something big. I'm asking every teacher to put their task cards on the shared drive so we can translate them, and I already have six volunteers, so you just have to say yes.]]
[[S708|Creativity & Innovation|Proficient|We also tried drawing little icons next to each step after Mr. B said pictures help, and that worked even better than translating for the math ones.]]""",
    )

    add(
        "peer feedback - Moe on Zoe debate.md",
        "peer_feedback",
        "2026-03-19",
        ["S707", "S706"],
        body="""# Debate peer feedback

**Reviewer:** Moe H.  
**Speaker:** Zoë L.  
**Date:** Thursday, March 19

**What was strong?**
[[S707|Social Awareness|Developing|You were way more confident than in the fall, like you didn't look scared. Also you never gave up when I kept pushing on your point, you just came back with the numbers.]]

**What could be better?**
[[S707|Communication|Developing|You could look up more, you read off the card a lot.]]

Score: 4/5
""",
    )

    add(
        "Zoe's feedback for Fatima.txt",
        "peer_feedback",
        "2026-02-12",
        ["S706", "S708"],
        encoding="utf-16",
        body="""Peer Feedback — Student Council Practice
Feb 12
Reviewer: Zoë Lindqvist
Presenter: Fatima

Two glows:
[[S706|Communication|Proficient|You explained why the newcomers need it before you asked for anything, which made the council actually listen, and you didn't say um after the first minute.]]
[[S706|Social Awareness|Proficient|Also it was smart to say you already had volunteers because you could tell Mr. Ortega was gonna say it's too much work.]]

One grow:
Say the part about icons first, it was the coolest part.
""",
    )

    add(
        "Okonkwo email re NHD.eml",
        "parent_note",
        "2026-03-08",
        ["S705"],
        email={
            "headers": [
                ("From", "Chidi Okonkwo <c.okonkwo@mail.example.com>"),
                ("To", "Mr. Brandt <sbrandt@hollisave.schools.example.org>"),
                ("Subject", "Daniel's NHD project - question"),
                ("Date", "Sun, 8 Mar 2026 19:02:10 -0500"),
                ("Message-ID", "<CAokonkwo.20260308@mail.example.com>"),
            ],
            "cte": "quoted-printable",
            "body": """Good evening Mr. Brandt,

I am Daniel Okonkwo's father. Daniel has been working every evening on his History Day website about Biafra, and my mother has been telling him stories she never told me. [[S705|Planning & Prioritization|Proficient|He made a schedule on the refrigerator with each part and the date he will finish it, and he has kept to it even with his basketball games.]]

My question: is it acceptable for him to include his grandmother's interview recording on the website? She has agreed.

Thank you for encouraging him.
Chidi Okonkwo
""",
        },
    )

    add(
        "Fwd_ Marcus - good news.eml",
        "parent_note",
        "2026-04-24",
        ["S707"],
        email={
            "headers": [
                ("From", "Samuel Brandt <sbrandt@hollisave.schools.example.org>"),
                ("To", "Priya Venkataraman <pvenkataraman@hollisave.schools.example.org>"),
                ("Subject", "Fwd: Marcus - good news"),
                ("Date", "Fri, 24 Apr 2026 07:45:03 -0400"),
                ("Message-ID", "<sb.fwd.20260424@hollisave.schools.example.org>"),
            ],
            "body": """Priya - forwarding for the behavior plan file. Nice to see.
-Sam

---------- Forwarded message ---------
From: Denise Hill <dhill77@mail.example.com>
Date: Thu, Apr 23, 2026 at 8:12 PM
Subject: Marcus - good news
To: Samuel Brandt <sbrandt@hollisave.schools.example.org>

Mr. Brandt,
I'm Marcus Hill's mom. I want to tell you something that happened at home. [[S707|Responsible Decision-Making|Proficient|His cousin wanted him to skip school Friday to go to the mall and Marcus told him no because he had the mock trial and his team was counting on him, he said he didn't want to let them down.]] [[S707|Inhibitory Control|Proficient|He also has been doing his homework before the PlayStation without me asking, which I never thought I'd see.]]
Whatever you're doing keep doing it.
Denise Hill
""",
        },
    )

    # ---------------- T703 Ms. Venkataraman, grade 6 ICT / resource ----------------
    add(
        "Renee journal page.txt",
        "reflection_journal",
        "2025-09-19",
        ["S709"],
        body="""My Journal   9/19
Renée D-P

Ms. V question: What was hard this week?
[[S709|Working Memory|Emerging|the hard thing was when Ms Ferreira said three things to do and I only remember the first one get your notebook and then I didnt no what else so I just sat]]

Ms. V question: What helps you?
[[S709|Self-Awareness|Developing|when someone writes it on the board or I can look at Amir paper. I think I forget because my brain goes to other stuff when people talk long.]]
""",
    )

    add(
        "Tyler N obs 10-2.md",
        "teacher_observation_note",
        "2025-10-02",
        ["S710"],
        body="""# Observation — Ty Nguyen
**Date:** 10/2 · **Setting:** Science lab (co-taught w/ Mr. Ferreira) · **Observer:** P. Venkataraman

[[S710|Task Initiation|Emerging|Ty sat with his head down for the first 15 minutes of the lab and did not begin until his partner set up the materials for him.]]
[[S710|Cognitive Flexibility|Emerging|When the plan changed from the pendulum lab to the ramp lab because of missing string, Ty said "this is so stupid" and refused to write the new hypothesis.]]
[[S710|Self-Awareness|Emerging|Afterward he told me he "always gets the worst partner" and that it was Mr. Ferreira's fault the string was missing.]]

Support tried: first-then card, 2-minute timer. Partial success.

**Rating:** Task Initiation — Emerging · Cognitive Flexibility — Emerging
""",
    )

    add(
        "Ty Nguyen IEP progress - Feb.pdf",
        "teacher_observation_note",
        "2026-02-18",
        ["S710"],
        title="IEP Progress Monitoring - T. Nguyen",
        author="Priya Venkataraman",
        header="Hollis Avenue MS - Special Education - Progress Monitoring (Confidential)",
        body="""# IEP Goal Progress: Tyler Nguyen (Gr. 6)
Data collected 2/9 - 2/18/2026 by P. Venkataraman

Goal 2 (task initiation): begins independent work within 3 minutes in 4 of 5 trials.
[[S710|Task Initiation|Developing|Tyler began within three minutes in three of five observed trials; in the other two he started after one verbal prompt and a timer.]]
Goal 3 (flexibility): accepts a change in routine with a coping statement.
[[S710|Cognitive Flexibility|Developing|When the assembly moved science to the afternoon, Tyler said "okay, that's annoying but I can do it after lunch" and used his break card once instead of shutting down.]]
Summary: making progress toward both goals.""",
    )

    add(
        "jazz + renee tutoring.txt",
        "peer_tutoring_transcript",
        "2026-01-21",
        ["S711", "S709"],
        notes="Jasmine Ortiz tutors Renée; file names Jazz only by nickname",
        body="""Peer tutoring 1/21 fractions (recorded for Ms. V)

JAZZ: ok so you have 3/4 and 2/3 and you gotta make the bottoms the same
RENÉE: why tho
JAZZ: [[S711|Creativity & Innovation|Advanced|ok pretend it's pizza but one pizza is cut in 4 and one is cut in 3, you can't compare the slices, so we cut both pizzas into 12, like, I'll draw it, see, now they're the same size slices]]
RENÉE: [[S709|Working Memory|Developing|oh ok so first the bottoms, then the tops, wait what's after that, oh add them. Let me write it so I don't forget.]]
JAZZ: yeah! you got it
RENÉE: [[S709|Task Initiation|Proficient|let me do the next one by myself and you check]]
JAZZ: [[S711|Relationship Skills|Proficient|go for it, and if you mess up it's fine, I messed up like ten times last week]]
""",
    )

    add(
        "Amir - tutoring w Ty (otter).txt",
        "peer_tutoring_transcript",
        "2026-03-11",
        ["S712", "S710"],
        crlf=True,
        body="""Amir tutoring Ty - reading strategies
Wed, Mar 11, 2026 1:05 PM • 9:12

Ms. Venkataraman  0:02
Amir, you're the tutor today. Ty, you have the article on the Mariana Trench.

Amir Haddad  0:15
[[S712|Relationship Skills|Developing|So, um, you just read it. Actually wait, sorry, do you want to read out loud or in your head?]]

Tyler Nguyen  0:24
[[S710|Self-Awareness|Developing|In my head. When I read out loud I get mad because I mess up the big words and then I don't even know what I read.]]

Amir Haddad  0:41
[[S712|Self-Management|Proficient|Okay. I get frustrated too when I don't get it, I just like count to ten and then go back a paragraph. You can try that.]]

Tyler Nguyen  1:30
[[S710|Task Initiation|Proficient|Okay I'm gonna start, don't tell me, I'm starting.]]
""",
    )

    add(
        "Jasmine obs notes.docx",
        "teacher_observation_note",
        "2025-11-12",
        ["S711"],
        title="Observation - Jasmine O.",
        author="Priya Venkataraman",
        body="""# Observation Note — Jasmine "Jazz" Ortiz
Wed. 11/12/25 · ELA/Science co-taught
[[S711|Organization|Emerging|Jasmine's backpack had loose papers from at least four classes crumpled at the bottom; she could not find the permission slip she said she brought and her planner was empty since October.]]
[[S711|Creativity & Innovation|Proficient|During the habitat design she came up with a diorama idea using a plastic bottle cut in half to show above and below water, and changed the design on her own after her partner said the fish would not fit.]]
| Skill | Level |
| Organization | Emerging |
| Creativity & Innovation | Proficient |""",
    )

    add(
        "Jazz organization follow-up.md",
        "teacher_observation_note",
        "2026-04-15",
        ["S711"],
        body="""**Follow-up — Jasmine O. — organization**
_April 15_

[[S711|Organization|Developing|Jazz now uses the accordion folder we set up in January; today everything was in the right slot except her science lab, which she found after checking two sections.]] She still forgets to write homework in the planner unless I stand near her at dismissal.

[[S711|Creativity & Innovation|Advanced|She also designed her own color code for the folder tabs and then made a version for Renée, explaining it to her with a little chart she drew.]]

Next: move planner check to peer buddy (Renée?).
""",
    )

    add(
        "Note to Ms. V from Mrs. Haddad.docx",
        "parent_note",
        "2025-11-05",
        ["S712"],
        title="Note",
        author="Haddad family",
        body="""Dear Ms. Venkataraman,
My name is Layla Haddad, I am the mother of Amir Haddad in 6th grade.
[[S712|Self-Management|Emerging|Amir comes home very upset many days and throws his backpack, he says the kids in lunch make fun of his accent and he yells at them and then he gets in trouble, not them.]]
[[S712|Relationship Skills|Emerging|He told me he does not want friends at this school and he will only talk to his cousin.]]
Please can we meet? I am free Tuesday or Wednesday after 3.
Thank you,
Layla Haddad
November 5""",
    )

    add(
        "Renee mom text messages.txt",
        "parent_note",
        "2026-03-02",
        ["S709"],
        body="""[3/2/26, 6:41:12 PM] Ms. Venkataraman: Hi Mrs. Dubois-Pierre, just checking how the new checklist is going at home!
[3/2/26, 7:05:48 PM] Marie-Claude Dubois-Pierre: Hello! It's going much better. [[S709|Working Memory|Proficient|Renée now makes her own list for the morning, shoes, lunch, binder, and she hasn't forgotten her lunch in two weeks, I don't have to remind her.]]
[3/2/26, 7:06:30 PM] Marie-Claude Dubois-Pierre: [[S709|Self-Awareness|Advanced|She told her little sister "you should write it down, your brain is like mine, it needs lists," she is even teaching her.]]
[3/2/26, 7:10:02 PM] Ms. Venkataraman: That is wonderful, thank you for sharing!
""",
    )

    add(
        "Tyler Nguyen presentation.docx",
        "project_presentation_transcript",
        "2026-05-27",
        ["S710"],
        title="Passion project talk - transcript",
        author="Priya Venkataraman",
        body="""# 6th Grade Passion Project — Ty Nguyen
Wednesday, May 27 (transcribed by Ms. V)
TY: My passion project is about how they make video games. Um.
TY: [[S710|Communication|Developing|So this is the first slide, it's, um, a picture of, the controller. I forgot what I was gonna say. Oh yeah. Games have lots of people that make them, not just one.]]
TY: [[S710|Cognitive Flexibility|Proficient|I was gonna show my game I made on Scratch but the Wi-Fi isn't working, so I'm just gonna draw the level on the board instead, it's fine.]]
MS. V: Take your time.
TY: [[S710|Digital Literacy|Developing|I learned on YouTube how to make the guy jump, but some of the videos were old and didn't work anymore so I had to find a newer one.]]""",
    )

    add(
        "Group discussion 6th Ms V 4-29.srt",
        "group_discussion_transcript",
        "2026-04-29",
        ["S709", "S711", "S712"],
        notes="Tyler is absent; 'Ty' mentioned only",
        body="""1
00:00:01,000 --> 00:00:05,200
MS. V: Okay, fairness in our class jobs. Who wants to start?

2
00:00:06,000 --> 00:00:12,500
AMIR: [[S712|Communication|Proficient|I think the jobs should rotate every week because the line leader job is the best one and it's not fair that Jazz had it all month.]]

3
00:00:13,000 --> 00:00:19,000
JAZZ: [[S711|Social Awareness|Developing|I mean, okay, I didn't think about that. I guess I'd be mad too.]]

4
00:00:19,500 --> 00:00:26,800
RENÉE: [[S709|Collaboration|Proficient|What if we do it with a wheel and everybody's name is on it, and Ty can help make it because he's good at that.]]

5
00:00:27,000 --> 00:00:33,000
AMIR: [[S712|Collaboration|Advanced|Yeah and if somebody is absent on their week they get the next one, so nobody gets skipped. Jazz, do you want to make the wheel with Ty? You're good at art.]]
""",
    )

    # ---------------- T704 Mr. Ferreira, grade 7 science ----------------
    add(
        "Sofia R journal - lab reflection.md",
        "reflection_journal",
        "2025-10-24",
        ["S713"],
        body="""### Lab Reflection — Fri Oct 24
*Sofía Ramírez, P3*

> Mr. F: Your results didn't match your hypothesis. What do you think happened?

[[S713|Critical Thinking|Proficient|I think our hypothesis was wrong, not the experiment, because we did three trials and they all came out close to each other, so it wasn't a mistake, it was the idea that was wrong. The internet site said salt water freezes faster but it didn't cite anything.]]

> Mr. F: How did your group work together?

[[S713|Collaboration|Developing|Ethan kind of did everything and I let him because it was faster, but then I didn't really understand step 4.]]
""",
    )

    add(
        "Ethan K. - journal.txt",
        "reflection_journal",
        "2025-11-21",
        ["S714"],
        body="""Ethan Kowalski  -  Science Journal  -  November 21

Prompt: How did you plan for the egg drop?

[[S714|Planning & Prioritization|Proficient|I made a list of materials and a timeline, monday design, tuesday build, wednesday test, thursday fix, and I finished everything a day early because I know building takes me longer than I think.]]

Prompt: What was hard?
[[S714|Collaboration|Emerging|honestly my group was slow so I just did it myself. Grace wanted to use balloons but that's dumb so I said no.]]
""",
    )

    add(
        "ethan_journal_april.docx",
        "reflection_journal",
        "2026-04-10",
        ["S714"],
        title="Journal",
        author="Ethan Kowalski",
        body="""# Science journal
4/10/26
Prompt: Think about the bridge challenge. What did you do differently as a teammate?
[[S714|Collaboration|Proficient|This time I asked everyone for one idea before we built, and we actually used Grace's idea with the triangles, which held 40 pennies more than my design did in the test.]]
[[S714|Planning & Prioritization|Advanced|I planned for two backup designs because last time when the glue didn't dry we had nothing, and I made a schedule for the group for the bridge and the science fair at the same time so we didn't mix them up.]]
Prompt: What's something you're still working on?
[[S714|Self-Awareness|Developing|I still get impatient when people are slow, I think because I like being in control, Mr. F said that and I think he's right.]]""",
    )

    add(
        "lab obs - Amara P + Grace.txt",
        "teacher_observation_note",
        "2025-10-30",
        ["S716", "S715"],
        notes="Amara here is Amara Patel (T704), not Amara Johnson (T701)",
        body="""Lab observation - Thurs Oct 30 - P3 - L. Ferreira

Amara P. -
[[S716|Working Memory|Emerging|Amara completed step 1 of the density lab and then asked me three times what to do next, even with the procedure printed on her table.]]
[[S716|Cognitive Flexibility|Developing|When her first measurement spilled she got upset but, after I suggested she use the other graduated cylinder, she restarted without complaint.]]

Grace A. -
[[S715|Digital Literacy|Proficient|Grace set up the shared Google Sheet for the table and made the graph herself, then showed her partner how to change the axis labels.]]

Skills: Working Memory, Cognitive Flexibility, Digital Literacy
""",
    )

    add(
        "bridge challenge group (audio).txt",
        "group_discussion_transcript",
        "2026-04-07",
        ["S713", "S714", "S715", "S716"],
        notes="Amara is Amara Patel (T704)",
        body="""Bridge challenge planning - group 3 - 4/7
[recorded by Mr. F's phone; transcript auto-generated then cleaned up]

ETHAN: Okay, before we build, everybody say one idea. Grace first.
GIGI: [[S715|Creativity & Innovation|Proficient|Triangles. Like the bridge over the Hudson, it has triangles everywhere, and my brother said triangles don't bend.]]
ETHAN: [[S714|Collaboration|Advanced|That's better than mine honestly. Sofía, Amara, what do you guys think, can we combine triangles with my flat top?]]
SOFÍA: [[S713|Critical Thinking|Advanced|We should test it though, not just believe the brother. Let's build one small triangle and one square and put pennies on both and see, then we know for real.]]
AMARA: [[S716|Cognitive Flexibility|Proficient|Or if the triangles are too hard with popsicle sticks we could do the triangles with straws, I have a backup plan.]]
ETHAN: Okay, Sofía's testing, Amara's backup, Grace draws it, I'll time us.
""",
    )

    add(
        "Sofia tutoring Ethan.md",
        "peer_tutoring_transcript",
        "2026-02-04",
        ["S713", "S714"],
        body="""# Peer tutoring — Feb. 4 — claim / evidence / reasoning
Tutor: Sofía R. — Tutee: Ethan K.

S.R.: Okay so your claim is fine, but your evidence is just "it's obvious."
E.K.: It is obvious though.
S.R.: [[S713|Communication|Advanced|I know it feels obvious to you, but Mr. F isn't in your head. Pretend he's a little kid, what would you show him to prove the ice melted faster? Like an actual number.]]
E.K.: [[S714|Cognitive Flexibility|Developing|Ugh. Fine. Okay, the data table, the salt one melted in 4 minutes and the plain one in 9. Is that better?]]
S.R.: [[S713|Relationship Skills|Proficient|Yes! See, you already had it, you just didn't write it. You're actually good at this.]]
""",
    )

    add(
        "Grace helps Amara tutoring session.txt",
        "peer_tutoring_transcript",
        "2025-12-10",
        ["S715", "S716"],
        notes="Amara here is Amara Patel",
        body="""Tutoring session, Wed 12/10, Grace (tutor) + Amara P. (tutee) — Punnett squares

G: ok so you put the mom letters on top and the dad letters on the side
A: wait, which one's the mom
G: [[S715|Communication|Developing|the top. no wait. the, ok it doesn't matter, just put one on top.]]
A: [[S716|Working Memory|Developing|ok so big B little b on top, big B little b on the side, and then I fill the boxes. Wait, I forgot, do I put the letters from the top or the side first?]]
G: both! you take one from each
A: oh. okay. BB, Bb... ok I'm getting it.
G: [[S715|Relationship Skills|Developing|see you're not bad at it you just rushed, I do that too]]
""",
    )

    add(
        "Ethan K peer feedback for Sofia.pdf",
        "peer_feedback",
        "2026-05-14",
        ["S714", "S713"],
        title="Science fair peer review",
        author="Ethan Kowalski",
        header="Science 7 - Mr. Ferreira - Science Fair Peer Review Form",
        body="""# Peer Review
Reviewer: Ethan Kowalski
Project owner: Sofia Ramirez - "Does Music Help Plants Grow?"
Date: Thursday, May 14

What was strong:
[[S714|Critical Thinking|Proficient|You controlled the light and water for all the plants, so the only difference was the music, which makes your conclusion actually believable.]]

Suggestion:
[[S714|Social Awareness|Developing|I think you looked nervous when the judge asked about sample size, but you knew it, so just breathe. I would be nervous too.]]""",
    )

    add(
        "peer review Gigi -> Amara P.txt",
        "peer_feedback",
        "2026-03-27",
        ["S715", "S716"],
        body="""Peer review — Friday March 27th
By: Gigi (Grace A.)
For: Amara P.'s circuit poster

Glow: [[S715|Collaboration|Proficient|I like how you put the foil idea on your poster and gave credit to our table for testing it with you, that was fair.]]
Grow: [[S715|Critical Thinking|Developing|Maybe say why foil works, like because it's metal? I'm not 100% sure either.]]
""",
    )

    add(
        "Untitled document (3).txt",
        "reflection_journal",
        "2025-12-12",
        ["ASK"],
        notes="T704 exit ticket with no name; handwriting-free typed slip, reader cannot tell which student",
        body="""exit ticket 12/12

what did u learn today: that genes come from both parents not just the mom

what are u still confused about:
idk everything. I just don’t get science.
""",
    )


define(add)


def strip_marks(text: str, labels: list[tuple[str, ...]], docname: str) -> str:
    def rep(m: re.Match[str]) -> str:
        labels.append((docname, m.group(1), m.group(2), m.group(3), m.group(4)))
        return m.group(4)

    return MARK.sub(rep, text)


def write_text(
    path: Path, text: str, encoding: str = "utf-8", crlf: bool = False, bom: bool = False
) -> None:
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


def fix_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=(2026, 6, 15, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, text: str, title: str, author: str, created: dt.datetime) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        if ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.strip():
            d.add_paragraph(ln)
        i += 1
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    d.save(str(path))
    fix_zip(path)


class _PDF(FPDF):
    header_text = ""

    def header(self) -> None:
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 9)
            self.cell(0, 6, self.header_text, align="L")
            self.ln(10)


def write_pdf(
    path: Path, text: str, title: str, author: str, header: str, created: dt.datetime
) -> None:
    p = _PDF(format="Letter")
    p.header_text = header
    p.set_title(title)
    p.set_author(author)
    p.set_creator("Microsoft Word")
    p.set_producer("Microsoft: Print To PDF")
    p.set_creation_date(created)
    p.set_margins(22, 18, 22)
    p.add_page()
    for ln in text.split("\n"):
        if ln.startswith("# "):
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
        elif not ln.strip():
            p.ln(3)
        else:
            p.set_font("Helvetica", "", 11)
            p.multi_cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def write_eml(path: Path, msgs: dict[str, Any]) -> None:
    # msgs: dict with headers and body; a single message per file
    m = EmailMessage(policy=policy.SMTP)
    for k, v in msgs["headers"]:
        m[k] = v
    m.set_content(msgs["body"], charset="utf-8", cte=msgs.get("cte", "8bit"))
    path.write_bytes(m.as_bytes())


def main() -> None:
    for d in (DOCS_DIR, ROSTER_DIR):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    with open(ROSTER_DIR / "teachers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "email", "slack_user_id"])
        w.writerows(TEACHERS)
    with open(ROSTER_DIR / "students.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "grade", "teacher_id", "nickname"])
        w.writerows(STUDENTS)
    labels: list[tuple] = []
    truth: list[tuple] = []
    for doc in DOCS:
        path = DOCS_DIR / doc["name"]
        created = dt.datetime.fromisoformat(doc["date"] + "T15:30:00+00:00")
        ext = path.suffix.lower()
        if ext == ".eml":
            doc["email"]["body"] = strip_marks(doc["email"]["body"], labels, doc["name"])
            write_eml(path, doc["email"])
        else:
            text = strip_marks(doc["body"], labels, doc["name"])
            if ext == ".docx":
                write_docx(path, text, doc["title"], doc["author"], created)
            elif ext == ".pdf":
                write_pdf(path, text, doc["title"], doc["author"], doc["header"], created)
            else:
                write_text(
                    path,
                    text,
                    doc.get("encoding", "utf-8"),
                    doc.get("crlf", False),
                    doc.get("bom", False),
                )
        for sid in doc["students"]:
            truth.append((doc["name"], sid, doc["etype"], doc["date"], doc["notes"]))
    with open(HERE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "student_id", "entry_type", "entry_date", "notes"])
        w.writerows(truth)
    with open(HERE / "labelled_set.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "student_id", "skill", "level", "quote"])
        w.writerows(labels)
    print(f"{len(DOCS)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
