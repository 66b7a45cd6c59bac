# ruff: noqa: E501  (document prose and quotes must stay on one line to be compared verbatim)
"""Build the tuning7 CHECK set deterministically: roster/, documents/, truth.csv, labelled_set.csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 6, 8, 9, 0, 0)

TEACHERS = [
    ("T801", "Dana Whitcombe", "dwhitcombe@brookfieldhills.example.org", "U0T801"),
    ("T802", "Marcus Oyelaran", "moyelaran@brookfieldhills.example.org", "U0T802"),
    ("T803", "Lucía Ferreira-Banks", "lferreirabanks@brookfieldhills.example.org", "U0T803"),
    ("T804", "Owen Castellano", "ocastellano@brookfieldhills.example.org", "U0T804"),
]
STUDENTS = [
    ("S801", "Maya Chen-Whitfield", 6, "T801", ""),
    ("S802", "José Ramírez", 6, "T801", "Pepe"),
    ("S803", "Aiden Brooks", 6, "T801", ""),
    ("S804", "Zoë Kowalczyk", 6, "T801", ""),
    ("S805", "Maya Okafor", 7, "T802", ""),
    ("S806", "Théo Laurent", 7, "T802", "Teddy"),
    ("S807", "Brianna Scott-Pruitt", 7, "T802", "Bri"),
    ("S808", "Elijah Moss", 7, "T802", "Eli"),
    ("S809", "Nadia Haddad", 8, "T803", ""),
    ("S810", "Jonah Kim", 8, "T803", ""),
    ("S811", "Renée Dubois-Carter", 8, "T803", ""),
    ("S812", "Darius Webb", 8, "T803", "D"),
    ("S813", "Sofía Álvarez", 7, "T804", ""),
    ("S814", "Caleb Nguyen-Reyes", 8, "T804", ""),
    ("S815", "Jonah Petersen", 7, "T804", ""),
    ("S816", "Imani Greene", 8, "T804", ""),
]

DOCS: list[dict] = []


def doc(
    name, etype, rows, labels, body, *, title="", author="", enc="utf-8", crlf=False, header=""
):
    DOCS.append(
        dict(
            name=name,
            etype=etype,
            rows=rows,
            labels=labels,
            body=body.strip("\n") + "\n",
            title=title,
            author=author,
            enc=enc,
            crlf=crlf,
            header=header,
        )
    )


E, D, P, A = "Emerging", "Developing", "Proficient", "Advanced"


# ---- the documents: text, truth rows and labels together, so they cannot drift apart ----
def add_all(doc, E, D, P, A):
    # ---------------- T801 Ms. Whitcombe, grade 6 ELA, Team Horizon ----------------
    doc(
        "Lit Circle - Wonder ch 10-14.docx",
        "group_discussion_transcript",
        [
            ("S801", "2025-10-07", "Maya here is Maya Chen-Whitfield (grade 6)"),
            ("S802", "2025-10-07", "Pepe = José"),
            ("S803", "2025-10-07", "Tyler speaks but is not rostered"),
        ],
        [
            (
                "S801",
                "Social Awareness",
                P,
                "I think he acts like he doesn't care but he does, because he keeps looking at the door when Jack comes in.",
            ),
            (
                "S802",
                "Relationship Skills",
                E,
                "No, wait, that's not even what happened, you're wrong, let me talk.",
            ),
            ("S803", "Communication", E, "I don't know. It was fine I guess."),
            (
                "S801",
                "Collaboration",
                P,
                "Aiden, you didn't get to say yours yet, what did you pick for your passage?",
            ),
        ],
        """
# Lit Circle Notes
## Wonder, chapters 10-14 (Tues 10/7, 2nd period)
Group: Maya C-W (discussion director), Pepe, Aiden, Tyler
Ms. W: Okay, discussion director, get us started.
Maya: So my question is why does Julian keep saying stuff about Auggie when the teachers aren't around.
Tyler: Because he's mean.
Maya: I think he acts like he doesn't care but he does, because he keeps looking at the door when Jack comes in.
Pepe: No, wait, that's not even what happened, you're wrong, let me talk.
Ms. W: Pepe, hold that thought and let Maya finish.
Pepe: Sorry. But it's chapter twelve, it says it right there.
Maya: Aiden, you didn't get to say yours yet, what did you pick for your passage?
Aiden: I don't know. It was fine I guess.
Ms. W: Can you show us the page?
Aiden: Page 70-something. The Halloween part.
Teacher note: Aiden did not have his role sheet. Pepe interrupted three times; he apologised once on his own.
""",
        title="Lit Circle Notes - Wonder",
        author="Dana Whitcombe",
    )

    doc(
        "journal_aiden_sept.txt",
        "reflection_journal",
        [("S803", "2025-09-16", "")],
        [
            (
                "S803",
                "Task Initiation",
                E,
                "i didnt start the reading log til sunday night bc i forgot and then my tablet died",
            ),
            (
                "S803",
                "Self-Awareness",
                E,
                "its not my fault the book is boring, nobody could read it",
            ),
            ("S803", "Organization", E, "i think my log is in my locker or maybe my moms car"),
        ],
        """
Aiden B. - Reader's Notebook
Tuesday, September 16

PROMPT: How did your reading log go this week? What got in your way?
i didnt start the reading log til sunday night bc i forgot and then my tablet died
its not my fault the book is boring, nobody could read it

PROMPT: Where is your log right now?
i think my log is in my locker or maybe my moms car

PROMPT: One thing you'll try next week:
read more
""",
    )

    doc(
        "Aiden journal Feb.md",
        "reflection_journal",
        [("S803", "2026-02-11", "same student as the September journal; growth")],
        [
            (
                "S803",
                "Task Initiation",
                P,
                "I started my argument essay the same day Ms. W gave it out and nobody had to tell me to.",
            ),
            (
                "S803",
                "Self-Awareness",
                D,
                "I get mad when I don't get something right away and then I want to quit, so now I kind of know that about myself.",
            ),
            (
                "S803",
                "Self-Management",
                D,
                "I need fewer reminders now, like maybe one a class instead of five.",
            ),
        ],
        """
# Reader's notebook - Aiden Brooks

**Feb. 11**

> *Prompt: Look back at your September entry. What's different?*

Honestly in September I was kind of a mess lol. I started my argument essay the same day Ms. W gave it out and nobody had to tell me to. I get mad when I don't get something right away and then I want to quit, so now I kind of know that about myself.

> *Prompt: What help do you still need?*

I need fewer reminders now, like maybe one a class instead of five. I still need the checklist taped on my desk though.
""",
    )

    doc(
        "Exit tickets 11-12.txt",
        "reflection_journal",
        [
            ("S801", "2025-11-12", "Maya = Maya Chen-Whitfield"),
            ("S804", "2025-11-12", ""),
            ("S802", "2025-11-12", ""),
        ],
        [
            (
                "S801",
                "Critical Thinking",
                P,
                "The article says dogs understand 250 words but it doesn't say who tested it so I would want to check that first.",
            ),
            (
                "S804",
                "Critical Thinking",
                E,
                "It's true because it was on the internet and it had a picture.",
            ),
            (
                "S802",
                "Working Memory",
                D,
                "I did steps 1 and 2 but I forgot what the third thing was so I asked Maya.",
            ),
        ],
        """
EXIT TICKETS  -  Wed 11/12  -  Period 2  (typed up from the sticky notes)
Q: Is the claim in today's article trustworthy? Why or why not?
Q2: How did the 3-step annotation go?

Maya C-W: The article says dogs understand 250 words but it doesn't say who tested it so I would want to check that first.

Zoë K: It's true because it was on the internet and it had a picture.

José R: I did steps 1 and 2 but I forgot what the third thing was so I asked Maya.
""",
    )

    doc(
        "Observation - Zoë writing workshop.docx",
        "teacher_observation_note",
        [("S804", "2025-10-15", "")],
        [
            (
                "S804",
                "Organization",
                E,
                "Zoë could not find her draft for the third day in a row; it turned up crumpled in her science binder.",
            ),
            (
                "S804",
                "Self-Management",
                D,
                "When I reminded her to use the calm-down card she took two breaths and went back to typing.",
            ),
        ],
        """
# Writing Workshop Observation
Student: Zoë Kowalczyk    Date: October 15, 2025    Observer: D. Whitcombe
Zoë could not find her draft for the third day in a row; it turned up crumpled in her science binder.
She got frustrated and put her head down when the laptop would not log in.
When I reminded her to use the calm-down card she took two breaths and went back to typing.
|Skill|Rating|
|Organization|Emerging|
|Self-Management|Developing|
Next step: folder check at the door Mon/Wed/Fri.
""",
        title="Writing Workshop Observation",
        author="Dana Whitcombe",
    )

    doc(
        "peer feedback form - personal narrative.pdf",
        "peer_feedback",
        [
            ("S802", "2025-11-04", "José gave the feedback"),
            ("S801", "2025-11-04", "Maya Chen-Whitfield's narrative; she wrote the response"),
        ],
        [
            (
                "S802",
                "Communication",
                D,
                "Your beginning is good because it starts with the dog barking, that made me want to read it. The middle part is confusing I didn't get who Nana was.",
            ),
            (
                "S801",
                "Creativity & Innovation",
                P,
                "I'm going to add a flashback about Nana so people know who she is, and maybe start with the barking AND the smell of the kitchen.",
            ),
        ],
        """
# Peer Feedback: Personal Narrative
Reviewer: José Ramírez        Writer: Maya Chen-Whitfield        Date: 11/4/25

1. What is one strong part of the writing?
Your beginning is good because it starts with the dog barking, that made me want to read it. The middle part is confusing I didn't get who Nana was.

2. What is one question you have?
Is the dog yours or your cousins?

3. Writer's response (what will you change?)
I'm going to add a flashback about Nana so people know who she is, and maybe start with the barking AND the smell of the kitchen.
""",
        title="Peer Feedback: Personal Narrative",
        author="Dana Whitcombe",
        header="Brookfield Hills Middle School - Team Horizon - ELA 6",
    )

    doc(
        "Re_ Pepe and the reading log.eml",
        "parent_note",
        [("S802", "2025-12-03", "parent uses the family name form; Pepe = José")],
        [
            (
                "S802",
                "Organization",
                D,
                "This week he actually put the reading log in the front pocket of his backpack every night, but only after I reminded him at dinner.",
            ),
            (
                "S802",
                "Self-Awareness",
                D,
                "He told me he knows he talks over his friends when he gets excited and he is trying to catch himself.",
            ),
        ],
        """
From: Carmen Ramírez <carmen.ramirez.family@example.net>
To: Dana Whitcombe <dwhitcombe@brookfieldhills.example.org>
Subject: Re: Pepe and the reading log
Date: Wed, 3 Dec 2025 19:42:10 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Ms. Whitcombe,

Thank you for the note. This week he actually put the reading log in the front pocket of his backpack every night, but only after I reminded him at dinner. He told me he knows he talks over his friends when he gets excited and he is trying to catch himself.

We will keep working on it at home.

Carmen Ramírez (José's mom)

On Tue, Dec 2, 2025 at 3:15 PM Dana Whitcombe <dwhitcombe@brookfieldhills.example.org> wrote:
> Hello Mrs. Ramírez,
> I wanted to touch base about José's reading log. It has been missing
> three of the last four Mondays. Could we try a home routine?
> Thanks, Dana Whitcombe
""",
    )

    doc(
        "New Recording 7.txt",
        "peer_tutoring_transcript",
        [("S804", "2026-01-21", "Zoë tutors"), ("S803", "2026-01-21", "Aiden is tutored")],
        [
            (
                "S804",
                "Relationship Skills",
                P,
                "It's okay, I used to mess that up too. Try reading it out loud and see where you breathe.",
            ),
            (
                "S803",
                "Cognitive Flexibility",
                D,
                "Oh so it could go here OR here? Wait, both work?",
            ),
            (
                "S804",
                "Communication",
                P,
                "So the rule is, if you can flip the two parts around, you need the comma after the first part.",
            ),
        ],
        """
voice memo - ela tutoring - jan 21
(recorded on Ms. W's phone at the back table, typed from the audio)

Zoë: Okay read me your sentence.
Aiden: When we got to the park we played basketball.
Zoë: Where does the comma go?
Aiden: I don't know, I always get these wrong.
Zoë: It's okay, I used to mess that up too. Try reading it out loud and see where you breathe.
Aiden: When we got to the park... comma... we played basketball.
Zoë: Yeah! So the rule is, if you can flip the two parts around, you need the comma after the first part.
Aiden: Oh so it could go here OR here? Wait, both work?
Zoë: If you flip it, you don't need it. We played basketball when we got to the park.
Aiden: That's kind of cool actually.
""",
    )

    doc(
        "Maya C presentation.txt",
        "project_presentation_transcript",
        [
            (
                "S801",
                "2026-03-05",
                "no speaker labels; presenter is Maya Chen-Whitfield per the file name and the class schedule line",
            )
        ],
        [
            (
                "S801",
                "Communication",
                A,
                "So before I show you the data I want you to picture your own lunch tray, because that's what this is really about.",
            ),
            (
                "S801",
                "Global Awareness",
                P,
                "In some countries schools compost everything, and in Japan the students even serve the lunch and clean up after.",
            ),
            (
                "S801",
                "Creativity & Innovation",
                A,
                "My idea is a share table plus a compost bin run by sixth graders, and I already asked the custodian if it would work with the pickup schedule.",
            ),
        ],
        """
Persuasive speech - Period 2 - March 5 - Maya C.

Good morning everyone. So before I show you the data I want you to picture your own lunch tray, because that's what this is really about. Our cafeteria throws away about forty pounds of food every single day. I weighed it with Mr. Dale for a week.
In some countries schools compost everything, and in Japan the students even serve the lunch and clean up after. We don't have to copy that exactly.
My idea is a share table plus a compost bin run by sixth graders, and I already asked the custodian if it would work with the pickup schedule. He said yes if we rinse the bins.
Does anybody have questions? ... Yeah, the apples would go on the share table, not the compost. Thank you.
""",
    )

    doc(
        "conference notes zoe 3-18.md",
        "teacher_observation_note",
        [("S804", "2026-03-18", "reading/writing conference write-up")],
        [
            (
                "S804",
                "Organization",
                P,
                "She showed me her color-coded folder without me asking: blue for drafts, green for finished, and a sticky note list of what is due.",
            ),
            (
                "S804",
                "Planning & Prioritization",
                D,
                "She planned her poetry portfolio in three chunks, but only after we filled in the calendar together.",
            ),
        ],
        """
## Conference - Zoë K. - 3/18

**Focus:** poetry portfolio

- She showed me her color-coded folder without me asking: blue for drafts, green for finished, and a sticky note list of what is due.
- She planned her poetry portfolio in three chunks, but only after we filled in the calendar together.
- Said: "I like it when I can see everything at once."

**Skills:** Organization, Planning & Prioritization
**Next conference:** April
""",
    )

    doc(
        "advisory journal prompts wk of 4-22.docx",
        "reflection_journal",
        [("S802", "2026-04-22", "José; Google Doc turned in for advisory")],
        [
            (
                "S802",
                "Inhibitory Control",
                P,
                "In lit circle I wrote my ideas on a sticky note instead of yelling them out and I waited for my turn every time.",
            ),
            (
                "S802",
                "Responsible Decision-Making",
                D,
                "I almost shared the screenshot of Tyler's test but then I thought he would be embarrassed so I didn't, but I kind of still wanted to.",
            ),
            (
                "S802",
                "Relationship Skills",
                P,
                "When me and Aiden argued about the project I said ok let's do half your idea and half mine and he said fine.",
            ),
        ],
        """
# Advisory Journal - Week of April 22
José Ramírez, Team Horizon
## Prompt 1: Think of a time this week you controlled an impulse.
In lit circle I wrote my ideas on a sticky note instead of yelling them out and I waited for my turn every time.
## Prompt 2: Describe a choice you had to make.
I almost shared the screenshot of Tyler's test but then I thought he would be embarrassed so I didn't, but I kind of still wanted to.
## Prompt 3: How did you handle a disagreement?
When me and Aiden argued about the project I said ok let's do half your idea and half mine and he said fine.
""",
        title="Advisory Journal - Week of April 22",
        author="José Ramírez",
    )

    doc(
        "exit ticket scan - no name.txt",
        "reflection_journal",
        [("ASK", "2025-12-10", "unsigned exit ticket; the teacher could not tell whose it was")],
        [],
        """
exit ticket 12/10 -- no name on this one, found on the floor by table 4

What is one goal for winter break?
read the whole second book in the series and not just watch the movie
What do you still need help with?
quotation marks inside dialog, I always put the period wrong
""",
    )

    doc(
        "Peer Feedback - poetry slam.docx",
        "peer_feedback",
        [
            ("S803", "2026-04-08", "Aiden gave the feedback"),
            ("S804", "2026-04-08", "Zoë performed"),
        ],
        [
            (
                "S803",
                "Communication",
                D,
                "You said the last line really quiet so I couldn't hear it but the part about your grandpa's hands was really good.",
            ),
            (
                "S803",
                "Social Awareness",
                P,
                "I could tell you were nervous because you held the paper in front of your face, but you never gave up even when the mic squeaked.",
            ),
        ],
        """
# Poetry Slam Peer Feedback
|Listener|Performer|Date|
|Aiden Brooks|Zoë Kowalczyk|April 8|
## Glow
You said the last line really quiet so I couldn't hear it but the part about your grandpa's hands was really good.
## Grow
I could tell you were nervous because you held the paper in front of your face, but you never gave up even when the mic squeaked.
## Star rating
4 out of 5
""",
        title="Poetry Slam Peer Feedback",
        author="Dana Whitcombe",
    )
    # ---------------- T802 Mr. Oyelaran, grade 7 science, Team Summit ----------------
    doc(
        "Lab group 9-24 transcript.txt",
        "group_discussion_transcript",
        [
            ("S805", "2025-09-24", "Maya here is Maya Okafor (grade 7), not Maya Chen-Whitfield"),
            ("S806", "2025-09-24", "TEDDY = Théo"),
            ("S807", "2025-09-24", "BRI = Brianna"),
            ("S808", "2025-09-24", "ELI = Elijah"),
        ],
        [
            (
                "S805",
                "Collaboration",
                P,
                "Okay so Teddy you measure, Bri you write it down, Eli and me will do the timer, and then we switch next trial.",
            ),
            ("S808", "Inhibitory Control", E, "Can I drop it? Can I drop it now? I'm dropping it!"),
            ("S807", "Task Initiation", E, "I'll do it later, I don't even have my goggles yet."),
            (
                "S806",
                "Critical Thinking",
                D,
                "But the tape measure was crooked on the first one so maybe that trial doesn't count?",
            ),
        ],
        """
PERIOD 4 SCIENCE - LAB GROUP 3 - 9/24 - PENDULUM LAB
(typed by Mr. O from the table recorder)

MR. O: You have twenty minutes. Who's doing what?
MAYA: Okay so Teddy you measure, Bri you write it down, Eli and me will do the timer, and then we switch next trial.
ELI: Can I drop it? Can I drop it now? I'm dropping it!
MR. O: Eli, wait for the count.
BRI: I'll do it later, I don't even have my goggles yet.
TEDDY: Trial one was 1.8 seconds.
TEDDY: But the tape measure was crooked on the first one so maybe that trial doesn't count?
MAYA: Good catch, we'll redo it.
ELI: Sorry. Okay. Three, two, one.
""",
    )

    doc(
        "GMT20251118-151203_Recording.transcript.vtt",
        "group_discussion_transcript",
        [
            ("S805", "2025-11-18", "Maya Okafor"),
            (
                "S806",
                "2025-11-18",
                "Théo Laurent; Nadia Haddad also speaks but is Ms. Ferreira-Banks's student (T803), so no row for her here",
            ),
        ],
        [
            (
                "S806",
                "Global Awareness",
                D,
                "I didn't know the rare metals in our phones come from mines in other countries, that's kind of messed up.",
            ),
            (
                "S805",
                "Critical Thinking",
                A,
                "But the two articles don't agree on the numbers, so I checked who paid for the second study and it was the phone company.",
            ),
            (
                "S806",
                "Digital Literacy",
                D,
                "I used the library database like you showed us instead of just Google, it took longer but it had the dates.",
            ),
        ],
        """
WEBVTT

1
00:00:02.100 --> 00:00:06.400
Marcus Oyelaran: Okay, everybody can hear me? This is the after-school science club call.

2
00:00:07.000 --> 00:00:12.900
Théo Laurent: I didn't know the rare metals in our phones come from mines in other countries, that's kind of messed up.

3
00:00:13.300 --> 00:00:21.800
Maya Okafor: But the two articles don't agree on the numbers, so I checked who paid for the second study and it was the phone company.

4
00:00:22.200 --> 00:00:27.000
Nadia Haddad: We talked about that in social studies, about who has to do the mining.

5
00:00:27.500 --> 00:00:33.900
Théo Laurent: I used the library database like you showed us instead of just Google, it took longer but it had the dates.

6
00:00:34.400 --> 00:00:37.000
Marcus Oyelaran: Great. Let's keep going next Tuesday.
""",
    )

    doc(
        "Bri tutoring notes.txt",
        "peer_tutoring_transcript",
        [
            ("S807", "2025-10-30", "Bri tutors; file name names only her"),
            ("S808", "2025-10-30", "Eli is the tutee; initials EM"),
        ],
        [
            (
                "S807",
                "Communication",
                D,
                "Okay um, so density is like, how packed the stuff is? Like a suitcase that's really stuffed.",
            ),
            ("S808", "Working Memory", E, "Wait what was the first step again? I forgot already."),
            (
                "S807",
                "Relationship Skills",
                D,
                "You're not dumb, it's just a lot of steps. Let's write them on the whiteboard.",
            ),
        ],
        """
Peer tutoring - density - 10/30/25
BSP = Brianna S-P (tutor), EM = Elijah M.

BSP: Okay um, so density is like, how packed the stuff is? Like a suitcase that's really stuffed.
EM: So mass divided by... volume?
BSP: Yeah. First you weigh it, then you do the water thing.
EM: Wait what was the first step again? I forgot already.
EM: I'm so dumb at this.
BSP: You're not dumb, it's just a lot of steps. Let's write them on the whiteboard.
EM: Ok. Weigh, water, divide.
""",
    )

    doc(
        "Observation notes - Elijah.docx",
        "teacher_observation_note",
        [("S808", "2025-10-09", "")],
        [
            (
                "S808",
                "Inhibitory Control",
                E,
                "Eli called out answers six times during the mini-lesson and left his seat twice to sharpen a pencil that was already sharp.",
            ),
            (
                "S808",
                "Task Initiation",
                D,
                "Once I broke the worksheet into two halves he started the first half right away.",
            ),
        ],
        """
# Observation Notes
## Elijah Moss - Thursday, October 9
Eli called out answers six times during the mini-lesson and left his seat twice to sharpen a pencil that was already sharp.
Once I broke the worksheet into two halves he started the first half right away.
He was kind to his partner when she spilled the water.
Skills observed: Inhibitory Control, Task Initiation, Relationship Skills
""",
        title="Observation Notes",
        author="Marcus Oyelaran",
    )

    doc(
        "Eli obs Feb.md",
        "teacher_observation_note",
        [("S808", "2026-02-24", "growth since October")],
        [
            (
                "S808",
                "Inhibitory Control",
                P,
                "Eli raised his hand and waited the whole lab intro, and when Marcus T. was goofing around he moved himself to the front table.",
            ),
            (
                "S808",
                "Self-Awareness",
                D,
                'He told me afterwards, "I sit up front now because I know I get hyper by the window."',
            ),
        ],
        """
### Eli M. - Tues 2/24 - density lab redo

Eli raised his hand and waited the whole lab intro, and when Marcus T. was goofing around he moved himself to the front table.

He told me afterwards, "I sit up front now because I know I get hyper by the window."

Rating: Inhibitory Control - Proficient (up from Emerging in Oct)
""",
    )

    doc(
        "Science fair presentations period 4.docx",
        "project_presentation_transcript",
        [("S805", "2026-02-04", "Maya Okafor"), ("S806", "2026-02-04", "Théo")],
        [
            (
                "S805",
                "Communication",
                P,
                "Our question was whether the color of a roof changes how hot the inside of a house gets, and we built four little shoebox houses to test it.",
            ),
            (
                "S806",
                "Cognitive Flexibility",
                P,
                "When the thermometer broke on day two we switched to the temperature probes from Mr. O's cabinet, so we had to redo the first day but the data was better.",
            ),
            (
                "S805",
                "Planning & Prioritization",
                P,
                "We made a schedule so we did the testing first and the poster last, because the poster is the easy part.",
            ),
            (
                "S806",
                "Critical Thinking",
                P,
                "It's only four houses, so we can't say for sure, we'd need way more trials to really know.",
            ),
        ],
        """
# Science Fair Practice Presentations
## Period 4 - Wednesday, February 4
[00:00:05] Mr. O: First up, Maya and Théo.
[00:00:11] Maya: Our question was whether the color of a roof changes how hot the inside of a house gets, and we built four little shoebox houses to test it.
[00:00:40] Théo: When the thermometer broke on day two we switched to the temperature probes from Mr. O's cabinet, so we had to redo the first day but the data was better.
[00:01:15] Maya: We made a schedule so we did the testing first and the poster last, because the poster is the easy part.
[00:01:42] Student (Grace): Does white always win?
[00:01:46] Théo: It's only four houses, so we can't say for sure, we'd need way more trials to really know.
[00:02:03] Mr. O: Nice job, you two.
""",
        title="Science Fair Practice Presentations",
        author="Marcus Oyelaran",
    )

    doc(
        "peer review - egg drop design.txt",
        "peer_feedback",
        [
            ("S806", "2025-12-16", "Théo reviewed"),
            ("S807", "2025-12-16", "Bri's design; she wrote the reply"),
        ],
        [
            (
                "S806",
                "Creativity & Innovation",
                P,
                "What if you used the straws like a cage instead of just taping them on? My cousin did that and it didn’t crack.",
            ),
            (
                "S807",
                "Self-Management",
                D,
                "Ok I was kind of annoyed at first but I’ll try the cage thing tomorrow.",
            ),
        ],
        """
Egg Drop Peer Review  —  Dec. 16th
Reviewer: Théo L.     Designer: Brianna S-P

“What works?”  The parachute is big so it will go slow.
“What could be better?”  What if you used the straws like a cage instead of just taping them on? My cousin did that and it didn’t crack.

Designer’s reply:
Ok I was kind of annoyed at first but I’ll try the cage thing tomorrow.
""",
        enc="cp1252",
        crlf=True,
    )

    doc(
        "Fwd_ Brianna - science fair worries.eml",
        "parent_note",
        [
            (
                "S807",
                "2026-01-29",
                "forwarded by the counselor to Mr. Oyelaran; the original is Mrs. Scott-Pruitt's note of Jan 29",
            )
        ],
        [
            (
                "S807",
                "Self-Management",
                E,
                "Brianna has been crying most nights about the science fair and last night she ripped up her planning sheet and said she's not doing it.",
            ),
            (
                "S807",
                "Self-Awareness",
                D,
                "She did say she knows she shuts down when she thinks something will be bad, which is new for her to say out loud.",
            ),
        ],
        """
From: Owen Castellano <ocastellano@brookfieldhills.example.org>
To: Marcus Oyelaran <moyelaran@brookfieldhills.example.org>
Subject: Fwd: Brianna - science fair worries
Date: Fri, 30 Jan 2026 08:05:44 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Marcus - FYI, see below from Bri's mom. Can we talk at lunch? - Owen

---------- Forwarded message ---------
From: Tanya Scott-Pruitt <tscottpruitt@example.com>
Date: Thu, Jan 29, 2026 at 9:12 PM
Subject: science fair worries
To: Owen Castellano <ocastellano@brookfieldhills.example.org>

Dear Mr. Castellano,

Brianna has been crying most nights about the science fair and last night she ripped up her planning sheet and said she's not doing it. She did say she knows she shuts down when she thinks something will be bad, which is new for her to say out loud.

Is there anything Mr. Oyelaran can do to break it into smaller pieces?

Thank you,
Tanya Scott-Pruitt
""",
    )

    doc(
        "Bri journal.docx",
        "reflection_journal",
        [("S807", "2026-03-11", "")],
        [
            (
                "S807",
                "Self-Management",
                D,
                "When I started panicking about the poster I used the 5-4-3-2-1 thing Mr. C taught us and then I did just the title.",
            ),
            (
                "S807",
                "Planning & Prioritization",
                D,
                "Mr. O helped me make a list of the parts and I crossed them off, I wouldn't have made it myself though.",
            ),
            (
                "S807",
                "Task Initiation",
                D,
                "I still wait until the last day for most stuff but this time I started two days early.",
            ),
        ],
        """
# Science Journal - Bri Scott-Pruitt
March 11
## Prompt: How did the science fair go for you? Be honest.
It was NOT great at first. When I started panicking about the poster I used the 5-4-3-2-1 thing Mr. C taught us and then I did just the title.
## Prompt: What helped?
Mr. O helped me make a list of the parts and I crossed them off, I wouldn't have made it myself though.
## Prompt: What would you do differently?
I still wait until the last day for most stuff but this time I started two days early.
""",
        title="Science Journal",
        author="Brianna Scott-Pruitt",
    )

    doc(
        "Théo reflection - end of year.md",
        "reflection_journal",
        [("S806", "2026-05-28", "Théo Laurent")],
        [
            (
                "S806",
                "Self-Awareness",
                P,
                "I figured out I'm a person who needs to talk through ideas out loud before I write them, so now I ask to do a voice memo first.",
            ),
            (
                "S806",
                "Digital Literacy",
                P,
                "I can tell when a video is an ad pretending to be science now, like when they only show one side and then sell you something.",
            ),
            (
                "S806",
                "Collaboration",
                A,
                "When Eli and Maya were fighting about the model I got them to each explain their design and then we combined the best parts, and Mr. O said I ran the group.",
            ),
        ],
        """
End of Year Reflection -- Science 7
Théo L. -- Thursday, May 28

*What is something you learned about yourself this year?*
I figured out I'm a person who needs to talk through ideas out loud before I write them, so now I ask to do a voice memo first.

*What skill got better?*
I can tell when a video is an ad pretending to be science now, like when they only show one side and then sell you something.

*Proudest moment?*
When Eli and Maya were fighting about the model I got them to each explain their design and then we combined the best parts, and Mr. O said I ran the group.
""",
    )

    doc(
        "Maya O observation 4-8.txt",
        "teacher_observation_note",
        [
            (
                "S805",
                "2026-04-08",
                "Maya Okafor; the new student and the two boys are unnamed classmates",
            )
        ],
        [
            (
                "S805",
                "Collaboration",
                A,
                "Maya noticed the new student was sitting out, pulled her into the group, gave her the data job, and made sure every person's idea ended up on the final poster.",
            ),
            (
                "S805",
                "Relationship Skills",
                A,
                "When two boys started arguing over the calculator she calmly set a rule that they take turns every trial, and they followed it.",
            ),
        ],
        """
OBSERVATION - Maya Okafor - 04/08/2026 - ecosystems project
Maya noticed the new student was sitting out, pulled her into the group, gave her the data job, and made sure every person's idea ended up on the final poster.
When two boys started arguing over the calculator she calmly set a rule that they take turns every trial, and they followed it.
Rating: Collaboration A / Relationship Skills A
""",
        crlf=True,
    )

    doc(
        "Eli - volcano model pres.txt",
        "project_presentation_transcript",
        [("S808", "2025-12-10", "Elijah presents; only he and the teacher speak")],
        [
            (
                "S808",
                "Communication",
                D,
                "So this is my volcano, um. It's a stratovolcano. The layers are, um, ash and lava. That's it.",
            ),
            (
                "S808",
                "Creativity & Innovation",
                D,
                "I used the baking soda thing but I added dish soap because I saw on a video it makes it foamier, and it did.",
            ),
            ("S808", "Working Memory", E, "Because... they explode? I forgot."),
        ],
        """
Earth Science Model Presentations 12/10
Mr. Oyelaran: Elijah, you're up.
Elijah: So this is my volcano, um. It's a stratovolcano. The layers are, um, ash and lava. That's it.
Mr. Oyelaran: Tell us about how it erupts.
Elijah: I used the baking soda thing but I added dish soap because I saw on a video it makes it foamier, and it did.
Mr. Oyelaran: Why are stratovolcanoes more dangerous?
Elijah: Because... they explode? I forgot.
""",
    )
    # ---------------- T803 Ms. Ferreira-Banks, grade 8 social studies, Team Voyager (Google Docs) ----------------
    doc(
        "Socratic Seminar - Should the voting age be 16_ - Google Docs.pdf",
        "group_discussion_transcript",
        [
            ("S809", "2025-10-22", ""),
            ("S810", "2025-10-22", "Jonah here is Jonah Kim (grade 8)"),
            ("S811", "2025-10-22", ""),
            ("S812", "2025-10-22", "D = Darius"),
        ],
        [
            (
                "S809",
                "Critical Thinking",
                P,
                "The article from the Austrian election says turnout for 16-year-olds was actually higher, so the idea that teens won't vote isn't backed up.",
            ),
            ("S810", "Communication", E, "I agree with Nadia. Yeah."),
            (
                "S811",
                "Social Awareness",
                A,
                "I want to push back on us a little, because nobody here has asked what people who are against it are scared of, like my grandma thinks we'd just vote like our parents.",
            ),
            (
                "S812",
                "Inhibitory Control",
                E,
                "Bro that's so dumb, teenagers would vote for a YouTuber.",
            ),
            (
                "S809",
                "Cognitive Flexibility",
                A,
                "That's fair. So maybe the question is whether sixteen-year-olds are informed, not whether they'd show up.",
            ),
        ],
        """
# Socratic Seminar: Should the voting age be 16?
Inner circle, Period 6, Wednesday Oct. 22
Ms. F-B: Remember, talk to each other, not to me. Who wants to open?
Nadia: The article from the Austrian election says turnout for 16-year-olds was actually higher, so the idea that teens won't vote isn't backed up.
Jonah: I agree with Nadia. Yeah.
D: Bro that's so dumb, teenagers would vote for a YouTuber.
Ms. F-B: Darius, respond to the idea, not the person.
Renée: I want to push back on us a little, because nobody here has asked what people who are against it are scared of, like my grandma thinks we'd just vote like our parents.
Nadia: That's fair. So maybe the question is whether sixteen-year-olds are informed, not whether they'd show up.
D: Ok sorry. I just think most of us don't watch the news.
""",
        title="Socratic Seminar: Should the voting age be 16?",
        author="Lucía Ferreira-Banks",
        header="Ferreira-Banks - SS8 - Team Voyager",
    )

    doc(
        "Socratic seminar 3-26 period 6.srt",
        "group_discussion_transcript",
        [
            ("S810", "2026-03-26", "Jonah Kim"),
            ("S811", "2026-03-26", ""),
            ("S812", "2026-03-26", "DARIUS"),
        ],
        [
            (
                "S810",
                "Communication",
                P,
                "Going back to what Renée said, I think the strongest evidence is the map on page four, because it shows the factories moved right after the trade deal.",
            ),
            (
                "S812",
                "Critical Thinking",
                D,
                "Wait but is that map from the same people who wrote the article? Cuz then it's kind of biased maybe.",
            ),
            (
                "S811",
                "Collaboration",
                A,
                "Darius hasn't gotten to finish his point and I think it's a good one, can we let him go?",
            ),
            ("S812", "Relationship Skills", D, "Thanks. Sorry I cut you off earlier Jonah."),
        ],
        """
1
00:00:01,000 --> 00:00:04,500
MS. FERREIRA-BANKS: Okay inner circle, the floor is yours.

2
00:00:05,000 --> 00:00:14,200
JONAH: Going back to what Renée said, I think the strongest evidence is the map on page four, because it shows the factories moved right after the trade deal.

3
00:00:14,800 --> 00:00:20,100
DARIUS: Wait but is that map from the same people who wrote the article? Cuz then it's kind of biased maybe.

4
00:00:20,500 --> 00:00:26,300
RENÉE: Darius hasn't gotten to finish his point and I think it's a good one, can we let him go?

5
00:00:26,900 --> 00:00:30,000
DARIUS: Thanks. Sorry I cut you off earlier Jonah.
""",
    )

    doc(
        "Civics project check-in_otter_ai.txt",
        "peer_tutoring_transcript",
        [("S810", "2025-12-10", "Jonah Kim tutors"), ("S812", "2025-12-10", "Darius is tutored")],
        [
            (
                "S810",
                "Relationship Skills",
                P,
                "Nah you're close, you just need a source for it. Here, look how I did mine, you don't have to copy it.",
            ),
            (
                "S812",
                "Task Initiation",
                E,
                "I haven't started the sources part. I was gonna do it at home but I didn't.",
            ),
            (
                "S812",
                "Digital Literacy",
                E,
                "I just used the first thing on TikTok, it had a lot of views so it's probably right.",
            ),
        ],
        """
Civics project check-in
Wed, Dec 10, 2025 1:14PM - 4:02

Lucía Ferreira-Banks  0:00
Jonah, can you help Darius with his source list while I go around?

Jonah Kim  0:06
Yeah. D, what do you have so far?

Speaker 3  0:09
I haven't started the sources part. I was gonna do it at home but I didn't.

Speaker 3  0:15
I just used the first thing on TikTok, it had a lot of views so it's probably right.

Jonah Kim  0:21
Nah you're close, you just need a source for it. Here, look how I did mine, you don't have to copy it.

Speaker 3  0:30
Ok. So like the library site?

Jonah Kim  0:32
Yeah, Ms. F-B put the link on Classroom.
""",
        crlf=True,
    )

    doc(
        "Unit 3 Observation Notes - Google Docs.pdf",
        "teacher_observation_note",
        [("S811", "2025-11-12", "Renée Dubois-Carter")],
        [
            (
                "S811",
                "Planning & Prioritization",
                A,
                "Renée built her own timeline for the National History Day project with backup dates in case the archive visit fell through, and she was managing her debate prep at the same time.",
            ),
            (
                "S811",
                "Organization",
                P,
                "Her binder and her Google Drive folders were both labeled by unit and she could find her notes in seconds.",
            ),
        ],
        """
# Unit 3 Observation Notes
11/12/25 - Renée D-C
Renée built her own timeline for the National History Day project with backup dates in case the archive visit fell through, and she was managing her debate prep at the same time.
Her binder and her Google Drive folders were both labeled by unit and she could find her notes in seconds.
Rating: Planning & Prioritization - Advanced; Organization - Proficient
""",
        title="Unit 3 Observation Notes",
        author="Lucía Ferreira-Banks",
        header="Unit 3 Observation Notes - Ferreira-Banks",
    )

    doc(
        "Darius - conference write-up (Jan).docx",
        "teacher_observation_note",
        [("S812", "2026-01-13", "conference write-up; Darius Webb")],
        [
            (
                "S812",
                "Self-Awareness",
                D,
                'Darius said he gets "heated" when people laugh at his answers and that\'s when he says stuff he regrets; he could name it but not yet what to do about it.',
            ),
            (
                "S812",
                "Responsible Decision-Making",
                D,
                "With prompting he listed two consequences of skipping the group meeting (his group's grade, and people not trusting him).",
            ),
        ],
        """
# Student Conference
## Darius Webb - January 13, 2026
|Attendees|Focus|
|Darius, Ms. Ferreira-Banks|Seminar behavior and group work|
Darius said he gets "heated" when people laugh at his answers and that's when he says stuff he regrets; he could name it but not yet what to do about it.
With prompting he listed two consequences of skipping the group meeting (his group's grade, and people not trusting him).
Agreed goal: one seminar comment per week that builds on someone else's.
""",
        title="Student Conference - Darius Webb",
        author="Lucía Ferreira-Banks",
    )

    doc(
        "Global issues project presentations - Google Docs.pdf",
        "project_presentation_transcript",
        [("S809", "2026-04-15", "Nadia presents"), ("S811", "2026-04-15", "Renée asks a question")],
        [
            (
                "S809",
                "Global Awareness",
                A,
                "After I found out that one in four people don't have safe drinking water, I started a filter drive with the Rotary club and we've raised enough for thirty filters so far.",
            ),
            (
                "S809",
                "Communication",
                A,
                "I know numbers like that are hard to feel, so imagine if one out of every four lockers in this hallway had no water at home.",
            ),
            (
                "S811",
                "Critical Thinking",
                P,
                "How do you know the filters actually get used? Is there any follow-up data from the villages?",
            ),
        ],
        """
# Global Issues Project Presentations
Wed 4/15 - Period 3
NADIA HADDAD: My project is on clean water access. After I found out that one in four people don't have safe drinking water, I started a filter drive with the Rotary club and we've raised enough for thirty filters so far.
NADIA HADDAD: I know numbers like that are hard to feel, so imagine if one out of every four lockers in this hallway had no water at home.
MS. FERREIRA-BANKS: Questions from the audience?
RENÉE DUBOIS-CARTER: How do you know the filters actually get used? Is there any follow-up data from the villages?
NADIA HADDAD: Good question, the charity sends a report every six months, I can show you.
""",
        title="Global Issues Project Presentations",
        author="Lucía Ferreira-Banks",
        header="SS8 Global Issues - Ferreira-Banks",
    )

    doc(
        "Renée journal - Google Docs.docx",
        "reflection_journal",
        [("S811", "2025-09-10", "")],
        [
            (
                "S811",
                "Self-Awareness",
                A,
                "I get really anxious before I present, and I've noticed it makes me talk too fast, so my goal this year is to practice with a timer and pause after every slide.",
            ),
            (
                "S811",
                "Global Awareness",
                P,
                "I think a lot about how the clothes we buy here connect to factories in Bangladesh, we watched a video in 7th grade and I still think about it.",
            ),
        ],
        """
# Renée D-C - Social Studies Journal
Sept. 10th
## Prompt: Set one goal for 8th grade and explain why.
I get really anxious before I present, and I've noticed it makes me talk too fast, so my goal this year is to practice with a timer and pause after every slide.
## Prompt: What's an issue outside our town you care about?
I think a lot about how the clothes we buy here connect to factories in Bangladesh, we watched a video in 7th grade and I still think about it.
""",
        title="Renée journal",
        author="Renée Dubois-Carter",
    )

    doc(
        "Peer Feedback Form (Responses) - Jonah for Nadia.pdf",
        "peer_feedback",
        [("S810", "2026-02-11", "Jonah Kim gave it"), ("S809", "2026-02-11", "Nadia's essay")],
        [
            (
                "S810",
                "Critical Thinking",
                P,
                "Your second reason is strong but the source is from 2009, so maybe find something newer because the laws changed.",
            ),
            (
                "S810",
                "Communication",
                P,
                "I would move your counterargument up so the reader sees you thought about the other side before your conclusion.",
            ),
        ],
        """
# Peer Feedback Form (Responses)
Timestamp: 2/11/2026 10:42:17
Your name: Jonah Kim
Whose essay did you read?: Nadia Haddad
What is the strongest part?: Your second reason is strong but the source is from 2009, so maybe find something newer because the laws changed.
One suggestion: I would move your counterargument up so the reader sees you thought about the other side before your conclusion.
Rate the evidence (1-4): 3
""",
        title="Peer Feedback Form (Responses)",
        author="Lucía Ferreira-Banks",
        header="Peer Feedback Form (Responses) - Google Forms",
    )

    doc(
        "RE_ Nadia's project.eml",
        "parent_note",
        [("S809", "2026-04-20", "Mr. Haddad's email; the quoted teacher message is from Apr 17")],
        [
            (
                "S809",
                "Global Awareness",
                A,
                "Nadia has been on the phone with the Rotary chapter and wrote to our city council member asking them to sponsor a water filter drive at the library.",
            ),
            (
                "S809",
                "Task Initiation",
                A,
                "Nobody asked her to do any of this; she set it up herself and got her two cousins to help.",
            ),
        ],
        """
From: Sami Haddad <shaddad@example.net>
To: "Ferreira-Banks, Lucía" <lferreirabanks@brookfieldhills.example.org>
Subject: RE: Nadia's project
Date: Mon, 20 Apr 2026 07:31:02 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Good morning Ms. Ferreira-Banks,

Thank you for your kind words. I wanted you to know that at home Nadia has been on the phone with the Rotary chapter and wrote to our city council member asking them to sponsor a water filter drive at the library. Nobody asked her to do any of this; she set it up herself and got her two cousins to help.

Regards,
Sami Haddad

-----Original Message-----
From: Ferreira-Banks, Lucía
Sent: Friday, April 17, 2026 3:50 PM
To: Sami Haddad
Subject: Nadia's project

> Mr. Haddad, Nadia's global issues presentation was outstanding.
> She had the whole class asking questions. Please tell her I said so!
""",
    )

    doc(
        "Exit ticket responses 5_6.docx",
        "reflection_journal",
        [("S812", "2026-05-06", "Darius"), ("S810", "2026-05-06", "Jonah Kim")],
        [
            (
                "S812",
                "Self-Management",
                P,
                "I kept my cool in seminar even when Tyler laughed, I just kept going with my point.",
            ),
            (
                "S812",
                "Relationship Skills",
                P,
                "I built off Jonah's point two times today which was my goal from January.",
            ),
            (
                "S810",
                "Working Memory",
                P,
                "I used the notes from three different readings and kept track of which quote came from which one.",
            ),
            (
                "S810",
                "Self-Management",
                D,
                "I got distracted halfway and had to reread, I need to put my phone in my bag.",
            ),
        ],
        """
# Exit Ticket Responses - Wed May 6
|Student|What went well today?|What will you do differently?|
|Darius W.|I kept my cool in seminar even when Tyler laughed, I just kept going with my point.|I built off Jonah's point two times today which was my goal from January.|
|Jonah K.|I used the notes from three different readings and kept track of which quote came from which one.|I got distracted halfway and had to reread, I need to put my phone in my bag.|
""",
        title="Exit Ticket Responses",
        author="Lucía Ferreira-Banks",
    )

    doc(
        "Untitled document (2).docx",
        "reflection_journal",
        [("ASK", "2026-01-21", "no name anywhere; found in the shared class folder")],
        [],
        """
1/21
what i learned: the new deal was a bunch of programs to help people get jobs
question: did it actually work or did the war fix it
""",
        title="Untitled document",
        author="Lucía Ferreira-Banks",
    )

    doc(
        "Renée tutoring D - 2_24.md",
        "peer_tutoring_transcript",
        [("S811", "2026-02-24", "Renée tutors"), ("S812", "2026-02-24", "Darius (D)")],
        [
            (
                "S811",
                "Relationship Skills",
                A,
                "You already did the hard part, you found the quote. Now just tell me in your own words why it matters, pretend I'm your little brother.",
            ),
            (
                "S812",
                "Communication",
                D,
                "Ok so like, the quote shows that the workers had no choice, because if they quit they'd starve. Is that good?",
            ),
            ("S812", "Self-Management", D, "I'm not gonna quit this time, I'm just annoyed."),
        ],
        """
**Peer tutoring - DBQ paragraph - 2/24**
*(notes typed by Ms. F-B during the session)*

**R:** So what's your claim?
**D:** That the factories were bad.
**R:** You already did the hard part, you found the quote. Now just tell me in your own words why it matters, pretend I'm your little brother.
**D:** Ok so like, the quote shows that the workers had no choice, because if they quit they'd starve. Is that good?
**R:** That's really good. Write exactly that.
**D:** This is taking forever. I'm not gonna quit this time, I'm just annoyed.
""",
    )

    doc(
        "Message from Jonah Kim's dad.txt",
        "parent_note",
        [
            (
                "S810",
                "2026-01-21",
                "copied from the ParentSquare app; the counselor also has a Jonah (Petersen), this is Jonah Kim",
            )
        ],
        [
            (
                "S810",
                "Planning & Prioritization",
                D,
                "Jonah told us about the history project only two days before, and we had to sit down with him and a calendar to break it up.",
            ),
            (
                "S810",
                "Self-Management",
                D,
                "He gets overwhelmed and plays video games instead, but when we set a 25 minute timer he does work.",
            ),
        ],
        """
ParentSquare message - Wednesday, January 21, 2026 8:14 PM
From: David Kim (parent of Jonah Kim)
To: Ms. Ferreira-Banks

Hi Ms. Ferreira-Banks, Jonah told us about the history project only two days before, and we had to sit down with him and a calendar to break it up. He gets overwhelmed and plays video games instead, but when we set a 25 minute timer he does work. Could you send us the due dates ahead of time? Thank you, David Kim
""",
        crlf=True,
    )
    # ---------------- T804 Mr. Castellano, counselor (advisory / lunch groups, grades 7-8) ----------------
    doc(
        "lunch bunch 9-3.txt",
        "group_discussion_transcript",
        [
            ("S813", "2025-09-03", "Sofía"),
            ("S814", "2025-09-03", "Caleb"),
            ("S815", "2025-09-03", "Jonah P. = Jonah Petersen, not Jonah Kim"),
            ("S816", "2025-09-03", "Imani"),
        ],
        [
            ("S813", "Communication", E, "...I don't really want to say."),
            (
                "S814",
                "Relationship Skills",
                D,
                "I can go first if nobody wants to. Um, I'm Caleb, I like soccer.",
            ),
            (
                "S815",
                "Cognitive Flexibility",
                E,
                "But we always sit at the other table. I don't want to move, this is weird.",
            ),
            (
                "S816",
                "Social Awareness",
                P,
                "Sofía you don't have to talk if you don't want to, it's the first day, it's fine.",
            ),
        ],
        """
Lunch Bunch - new 7th/8th group - first meeting 9/3

Mr. C: Welcome! Let's go around and say your name and one thing you like.
Sofia: ...I don't really want to say.
Caleb: I can go first if nobody wants to. Um, I'm Caleb, I like soccer.
Jonah P.: But we always sit at the other table. I don't want to move, this is weird.
Mr. C: I hear you, Jonah. It's a change.
Imani: Sofía you don't have to talk if you don't want to, it's the first day, it's fine.
Sofia: Thanks. I'm Sofía. I like drawing.
""",
    )

    doc(
        "Sofía check-in notes.md",
        "teacher_observation_note",
        [("S813", "2025-10-30", "counselor check-in")],
        [
            (
                "S813",
                "Self-Awareness",
                D,
                'When I asked how she was feeling she first said "fine" but then with the feelings chart she pointed to "lonely" and "nervous."',
            ),
            (
                "S813",
                "Self-Management",
                E,
                "She left science twice this week in tears and didn't use the break pass; she needed me to walk her back each time.",
            ),
        ],
        """
# Check-in: Sofía Álvarez
Thursday, October 30

- When I asked how she was feeling she first said "fine" but then with the feelings chart she pointed to "lonely" and "nervous."
- She left science twice this week in tears and didn't use the break pass; she needed me to walk her back each time.
- Mom called Tuesday (see log).

Skills to watch: Self-Awareness, Self-Management, Relationship Skills
""",
    )

    doc(
        "Caleb - goal setting conference 12.3.pdf",
        "teacher_observation_note",
        [("S814", "2025-12-03", "goal-setting conference")],
        [
            (
                "S814",
                "Self-Awareness",
                P,
                "Caleb named on his own that he procrastinates when he's embarrassed about a low grade, and he picked a goal to check his grades every Monday.",
            ),
            (
                "S814",
                "Planning & Prioritization",
                D,
                "He made a weekly plan for soccer and homework, but underestimated the math by about half and we adjusted it together.",
            ),
        ],
        """
# Goal-Setting Conference
Student: Caleb Nguyen-Reyes (8)        Counselor: O. Castellano        12.3.25
Caleb named on his own that he procrastinates when he's embarrassed about a low grade, and he picked a goal to check his grades every Monday.
He made a weekly plan for soccer and homework, but underestimated the math by about half and we adjusted it together.
Follow-up: January.
""",
        title="Goal-Setting Conference",
        author="Owen Castellano",
        header="Brookfield Hills MS - Counseling Office - CONFIDENTIAL",
    )

    doc(
        "Imani journal.txt",
        "reflection_journal",
        [("S816", "2026-01-29", "UTF-16 file")],
        [
            (
                "S816",
                "Social Awareness",
                A,
                "I noticed the new girl from Brazil eats alone so I asked her what she misses from home and now me and Sofía are learning Portuguese words from her.",
            ),
            (
                "S816",
                "Responsible Decision-Making",
                P,
                "My friends wanted to post a group chat screenshot making fun of someone and I said no and left the chat, even though they got mad at me.",
            ),
            (
                "S816",
                "Self-Management",
                P,
                "When I got mad at my friends I went on a walk with my dog before I texted back anything.",
            ),
        ],
        """
Advisory Journal — Imani G. — Thu 1/29

Prompt: Describe a time this month you noticed how someone else was feeling.
I noticed the new girl from Brazil eats alone so I asked her what she misses from home and now me and Sofía are learning Portuguese words from her.

Prompt: Describe a hard choice.
My friends wanted to post a group chat screenshot making fun of someone and I said no and left the chat, even though they got mad at me. When I got mad at my friends I went on a walk with my dog before I texted back anything.
""",
        enc="utf-16",
    )

    doc(
        "advisory circle feb 4.md",
        "group_discussion_transcript",
        [
            ("S815", "2026-02-04", "Jonah Petersen"),
            ("S813", "2026-02-04", "Sofía"),
            ("S814", "2026-02-04", "CNR = Caleb"),
        ],
        [
            (
                "S815",
                "Cognitive Flexibility",
                D,
                "At first I was mad the field trip got cancelled but then Mr. C said we could vote on something else so I guess it's ok.",
            ),
            (
                "S813",
                "Communication",
                P,
                "I think we should do the museum because not everybody can afford the trampoline park, and the museum is free on Thursdays.",
            ),
            (
                "S814",
                "Collaboration",
                P,
                "What if we do a vote but first everybody says one reason, so the quiet people get a say too?",
            ),
        ],
        """
## Advisory circle - Wednesday, February 4th

**Topic:** the cancelled field trip

- **JP:** At first I was mad the field trip got cancelled but then Mr. C said we could vote on something else so I guess it's ok.
- **SA:** I think we should do the museum because not everybody can afford the trampoline park, and the museum is free on Thursdays.
- **CNR:** What if we do a vote but first everybody says one reason, so the quiet people get a say too?
- **Mr. C:** Love that. Let's do it.
""",
    )

    doc(
        "Caleb helping Jonah P w planner.txt",
        "peer_tutoring_transcript",
        [("S814", "2026-03-05", "Caleb tutors"), ("S815", "2026-03-05", "Jonah Petersen")],
        [
            (
                "S814",
                "Organization",
                A,
                "I made my own system, see, every class gets a color and I do a checkbox, and at the end of the day I do a two-minute sweep of my bag. You can copy it or change it.",
            ),
            (
                "S815",
                "Organization",
                E,
                "I don't really have a planner. I think it's in my gym locker. Or I lost it.",
            ),
            (
                "S815",
                "Working Memory",
                D,
                "Ok so colors, checkbox, then the bag thing. Can you write it down for me so I don't forget?",
            ),
        ],
        """
Peer mentor session -- Thurs Mar 5 -- counseling office
Caleb Nguyen-Reyes (8th, peer mentor) with Jonah Petersen (7th)

Mr. Castellano: Caleb, show Jonah how you set up your planner.
Jonah: I don't really have a planner. I think it's in my gym locker. Or I lost it.
Caleb: That's ok, you can use a new one. I made my own system, see, every class gets a color and I do a checkbox, and at the end of the day I do a two-minute sweep of my bag. You can copy it or change it.
Jonah: Ok so colors, checkbox, then the bag thing. Can you write it down for me so I don't forget?
Caleb: Yeah. And I'll check with you Friday.
""",
    )

    doc(
        "Note from Sofía's mom.txt",
        "parent_note",
        [("S813", "2026-04-15", "note came in the folder; typed up by the counselor")],
        [
            (
                "S813",
                "Relationship Skills",
                P,
                "Sofía invited two girls from her advisory to our house on Saturday, she planned the whole afternoon and they baked conchas together.",
            ),
            (
                "S813",
                "Self-Management",
                D,
                "She still gets upset before tests but now she tells me she will use her breathing and most of the times it helps.",
            ),
        ],
        """
(typed from handwritten note, rec'd 4/15)

Mr. Castellano,
I want to say thank you. Sofía invited two girls from her advisory to our house on Saturday, she planned the whole afternoon and they baked conchas together. She still gets upset before tests but now she tells me she will use her breathing and most of the times it helps.
Gracias,
Mrs. Álvarez
""",
    )

    doc(
        "Imani - presentation to 6th graders.docx",
        "project_presentation_transcript",
        [
            ("S816", "2026-05-20", "Imani presents"),
            ("S814", "2026-05-20", "Caleb co-presents"),
        ],
        [
            (
                "S816",
                "Communication",
                A,
                "Raise your hand if you're nervous about seventh grade. Yeah, me too, last year. So we're going to tell you the stuff nobody told us.",
            ),
            (
                "S814",
                "Planning & Prioritization",
                P,
                "The trick is to write down every test date on the first day you hear it and work backwards, like three nights of studying, not one.",
            ),
            (
                "S816",
                "Relationship Skills",
                A,
                "If you see somebody alone at lunch, just sit down. You don't have to be best friends, just say hi. That's literally how I met Sofía.",
            ),
        ],
        """
# Transition Night - Peer Leader Presentation
## May 20 - Library
Imani Greene: Raise your hand if you're nervous about seventh grade. Yeah, me too, last year. So we're going to tell you the stuff nobody told us.
Caleb Nguyen-Reyes: First, planners. The trick is to write down every test date on the first day you hear it and work backwards, like three nights of studying, not one.
Imani Greene: If you see somebody alone at lunch, just sit down. You don't have to be best friends, just say hi. That's literally how I met Sofía.
6th grader: What if you get lost?
Caleb Nguyen-Reyes: Everybody gets lost the first week, the teachers don't care, just ask.
""",
        title="Transition Night - Peer Leader Presentation",
        author="Owen Castellano",
    )

    doc(
        "Jonah P peer feedback.md",
        "peer_feedback",
        [
            ("S813", "2026-05-13", "Sofía gave it"),
            ("S815", "2026-05-13", "Jonah Petersen's slideshow; his reply"),
        ],
        [
            (
                "S813",
                "Communication",
                P,
                "Your slides had too many words so people were reading instead of listening. Maybe use one picture and three words per slide.",
            ),
            (
                "S815",
                "Cognitive Flexibility",
                P,
                "I didn't like hearing it but she's right, I'm changing slides 3-6 to pictures and I'll say the words instead.",
            ),
        ],
        """
# Peer Feedback - Advisory Slideshow Project
**From:** Sofía Á.  **For:** Jonah P.  **Date:** 5/13

**One thing that worked:** You talked loud and clear and you didn't read off your phone.

**One thing to try:** Your slides had too many words so people were reading instead of listening. Maybe use one picture and three words per slide.

**Presenter's response:** I didn't like hearing it but she's right, I'm changing slides 3-6 to pictures and I'll say the words instead.
""",
    )

    doc(
        "Caleb reflection may.txt",
        "reflection_journal",
        [("S814", "2026-06-02", "last advisory journal of the year")],
        [
            (
                "S814",
                "Task Initiation",
                A,
                "I started a homework club at lunch for the 7th graders in my mentoring group, I asked Mr. C for the room and made the flyer myself.",
            ),
            (
                "S814",
                "Self-Management",
                A,
                "When I got the B- on the algebra test I didn't hide it like before, I made a study plan the same night and asked for a retake.",
            ),
        ],
        """
Advisory Journal - Caleb N-R - 6/2/26
What are you proudest of this year?
I started a homework club at lunch for the 7th graders in my mentoring group, I asked Mr. C for the room and made the flyer myself.
How have you changed since your December goal?
When I got the B- on the algebra test I didn't hide it like before, I made a study plan the same night and asked for a retake.
""",
    )


def write_docx(path: Path, d: dict) -> None:
    document = docx.Document()
    cp = document.core_properties
    cp.title = d["title"]
    cp.author = d["author"]
    cp.last_modified_by = d["author"]
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    table_rows: list[list[str]] = []

    def flush() -> None:
        if not table_rows:
            return
        t = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        table_rows.clear()

    for line in d["body"].splitlines():
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        else:
            document.add_paragraph(line)
    flush()
    buf = io.BytesIO()
    document.save(buf)
    # python-docx stamps zip entries with the current time; rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(
            src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)
        ):
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


class _PDF(FPDF):
    head = ""

    def header(self) -> None:
        if self.page_no() == 1 and self.head:
            self.set_font("Helvetica", "B", 10)
            self.cell(0, 6, self.head, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def write_pdf(path: Path, d: dict) -> None:
    pdf = _PDF(format="Letter")
    pdf.head = d["header"]
    pdf.set_title(d["title"])
    pdf.set_author(d["author"])
    pdf.set_creator("Microsoft Word" if "Google" not in d["name"] else "Google Docs Renderer")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    for line in d["body"].splitlines():
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif not line.strip():
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_text(path: Path, d: dict) -> None:
    body = d["body"]
    if d["crlf"]:
        body = body.replace("\n", "\r\n")
    # Python's "utf-16" codec writes the BOM, as Notepad's "Unicode" save does.
    data = body.encode("utf-16") if d["enc"] == "utf-16" else body.encode(d["enc"])
    path.write_bytes(data)


def main() -> None:
    add_all(doc, E, D, P, A)
    for sub in ("roster", "documents"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    with open(HERE / "roster/teachers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "email", "slack_user_id"])
        w.writerows(TEACHERS)
    with open(HERE / "roster/students.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "grade", "teacher_id", "nickname"])
        w.writerows(STUDENTS)
    truth, labels = [], []
    for d in DOCS:
        path = HERE / "documents" / d["name"]
        ext = path.suffix.lower()
        if ext == ".docx":
            write_docx(path, d)
        elif ext == ".pdf":
            write_pdf(path, d)
        else:
            write_text(path, d)
        for sid, date, notes in d["rows"]:
            truth.append([d["name"], sid, d["etype"], date, notes])
        for sid, skill, level, quote in d["labels"]:
            labels.append([d["name"], sid, skill, level, quote])
    with open(HERE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "student_id", "entry_type", "entry_date", "notes"])
        w.writerows(truth)
    with open(HERE / "labelled_set.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "student_id", "skill", "level", "quote"])
        w.writerows(labels)
    print(f"built {len(DOCS)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
