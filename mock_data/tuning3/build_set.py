# ruff: noqa: E501
"""Rebuild the tuning3 evaluation set: roster, documents, truth.csv, labelled_set.csv.

Written blind (see README.md). Run with /work/main/.venv/bin/python build_set.py
"""

import csv
import datetime as dt
import io
import shutil
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "documents"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

TEACHERS = [
    # id, name, email, slack
    ("T401", "Karen Lindqvist", "klindqvist@tuning3.example", "U0T401"),
    ("T402", "Darnell Okafor", "dokafor@tuning3.example", "U0T402"),
    ("T403", "Jo Ann Pfeiffer", "jpfeiffer@tuning3.example", "U0T403"),
    ("T404", "Luis Echeverría", "lecheverria@tuning3.example", "U0T404"),
]

STUDENTS = [
    # id, name, grade, teacher_id, nickname
    ("S401", "Sofía Gutiérrez-Ramos", 6, "T401", "Sofi"),
    ("S402", "Mason Hill", 6, "T401", ""),
    ("S403", "Grace Nguyen", 6, "T401", ""),
    ("S404", "William Baker", 6, "T401", "Will"),
    ("S405", "Mason Kowalczyk", 7, "T402", "Koz"),
    ("S406", "Aaliyah Johnson", 7, "T402", ""),
    ("S407", "Zoë Van der Berg", 7, "T402", "Zoe"),
    ("S408", "Ethan Park-Delgado", 7, "T402", "E"),
    ("S409", "Sofia Marchetti", 8, "T403", ""),
    ("S410", "DeShawn Carter", 8, "T403", ""),
    ("S411", "Hope Lindgren", 8, "T403", ""),
    ("S412", "Benjamin O'Neill", 8, "T403", "Benny"),
    ("S413", "Mai Tran", 7, "T404", ""),
    ("S414", "Christopher Dahl", 7, "T404", "Topher"),
    ("S415", "Grace Olawale", 7, "T404", ""),
    ("S416", "Nicolás Ferreira-Lopes", 7, "T404", "Nico"),
]

GD = "group_discussion_transcript"
PT = "peer_tutoring_transcript"
PP = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
OB = "teacher_observation_note"
PN = "parent_note"

DOCS = []


def doc(file, teacher, fmt, body, truth, labels=(), meta=None, enc="utf-8", crlf=False):
    """fmt: docx | pdf | md | txt | eml.  truth: [(sid, type, date, notes)].
    labels: [(sid, skill, level, quote)]."""
    DOCS.append(
        dict(
            file=file,
            teacher=teacher,
            fmt=fmt,
            body=textwrap.dedent(body).strip("\n") + "\n",
            truth=list(truth),
            labels=list(labels),
            meta=meta or {},
            enc=enc,
            crlf=crlf,
        )
    )


# ---------------------------------------------------------------- T401 Lindqvist, 6th ELA
doc(
    "Lit circle 9-24.docx",
    "T401",
    "docx",
    """
# Lit Circle - Hatchet ch. 5-7
Wednesday 9/24 - 3rd period - recorded on my phone, typed up at lunch
[00:12] Ms. L: Okay, discussion director, you're up. Who's got the questions today?
[00:15] Grace: Me. Um, my first question is why do you think Brian keeps thinking about the Secret?
[00:22] Mason: Because he's mad at his mom! That's obvious. Next question.
[00:25] Ms. L: Mason, let's let people answer. Sofi?
[00:29] Sofi: I think he's mad but he's also sad, like both at the same time. On page 52 it says he felt like crying and yelling, so it's not just one feeling.
[00:41] Will: I didn't finish chapter 7. Can I just listen this time?
[00:44] Ms. L: You can listen for now, and jump in when you have something from 5 or 6.
[00:47] Mason: I finished it in like ten minutes. It's easy.
[00:50] Grace: Wait, can Sofi finish? I think she was still saying something about the page.
[00:54] Sofi: Yeah, so I was going to say that maybe the hatchet is like the opposite of the Secret, because his mom gave it to him and it's helping him.
[01:09] Will: Oh. Oh, that's kind of cool. So the thing he's mad about is also the thing saving him?
[01:13] Grace: That's a good way to say it. Can I write that down for our connector sheet?
[01:20] Mason: Can we talk about the moose part? Sorry. I mean after Will is done.
""",
    [
        ("S401", GD, "2025-09-24", "Sofi = Sofía G-R"),
        ("S402", GD, "2025-09-24", ""),
        ("S403", GD, "2025-09-24", "Grace = Grace Nguyen (the only Grace in T401)"),
        ("S404", GD, "2025-09-24", "Will = William Baker"),
    ],
    [
        (
            "S403",
            "Social Awareness",
            "Proficient",
            "Wait, can Sofi finish? I think she was still saying something about the page.",
        ),
        (
            "S403",
            "Collaboration",
            "Proficient",
            "That's a good way to say it. Can I write that down for our connector sheet?",
        ),
        (
            "S402",
            "Inhibitory Control",
            "Emerging",
            "Because he's mad at his mom! That's obvious. Next question.",
        ),
        (
            "S402",
            "Relationship Skills",
            "Developing",
            "Can we talk about the moose part? Sorry. I mean after Will is done.",
        ),
        (
            "S401",
            "Critical Thinking",
            "Advanced",
            "maybe the hatchet is like the opposite of the Secret, because his mom gave it to him and it's helping him.",
        ),
        (
            "S404",
            "Task Initiation",
            "Emerging",
            "I didn't finish chapter 7. Can I just listen this time?",
        ),
        (
            "S404",
            "Critical Thinking",
            "Developing",
            "So the thing he's mad about is also the thing saving him?",
        ),
    ],
    meta={"author": "Karen Lindqvist"},
)

doc(
    "Sofi journal wk3.txt",
    "T401",
    "txt",
    """
Sofi G-R      Journal      Sept. 19

Prompt (Ms. L): What is one thing that was hard this week and what did you do about it?

The hard thing was the vocab quiz because I studied the wrong list. I got really frustrated and I kind of blamed my sister because she moved my folder, but honestly I put it in the wrong pocket myself. Next time I am going to check the list number on Google Classroom before I study.

I also felt nervous to read out loud on Tuesday. When I'm nervous I talk super fast, so I tried to breathe before my turn and it helped a little.
""",
    [("S401", RJ, "2025-09-19", "no year written; Sept = 2025")],
    [
        (
            "S401",
            "Self-Awareness",
            "Proficient",
            "I kind of blamed my sister because she moved my folder, but honestly I put it in the wrong pocket myself.",
        ),
        (
            "S401",
            "Self-Management",
            "Developing",
            "When I'm nervous I talk super fast, so I tried to breathe before my turn and it helped a little.",
        ),
    ],
)

doc(
    "Mason H - observation.docx",
    "T401",
    "docx",
    """
# Observation notes - Mason H.
Fri 10/3/25, 2nd period (independent reading)
Mason called out answers four times during the read-aloud before anyone else could raise a hand. Each time he apologized when reminded, then did it again within a few minutes.
During independent reading he switched books three times in 20 minutes and spent most of the time at the pencil sharpener.
Positive: when I gave him the 3-step sticky note (get book, find page, read 10 min), he followed it without another reminder and read until the timer.
Rating - Inhibitory Control: Emerging
Rating - Working Memory: Developing
""",
    [("S402", OB, "2025-10-03", "")],
    [
        (
            "S402",
            "Inhibitory Control",
            "Emerging",
            "Mason called out answers four times during the read-aloud before anyone else could raise a hand.",
        ),
        (
            "S402",
            "Task Initiation",
            "Emerging",
            "he switched books three times in 20 minutes and spent most of the time at the pencil sharpener.",
        ),
        (
            "S402",
            "Working Memory",
            "Developing",
            "when I gave him the 3-step sticky note (get book, find page, read 10 min), he followed it without another reminder and read until the timer.",
        ),
    ],
    meta={"title": "Observation notes", "author": "Karen Lindqvist"},
)

doc(
    "email from Mrs Baker.eml",
    "T401",
    "eml",
    """
From: Tasha Baker <tbaker.home@example.net>
To: Karen Lindqvist <klindqvist@tuning3.example>
Subject: Re: Will's reading log
Date: Mon, 13 Oct 2025 19:42:10 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Ms. Lindqvist,

Thanks for letting us know. I'll be honest, the reading log has been a battle at home. He still forgets it in his locker most days and then panics at 9pm. But something good happened Sunday - he sat down on his own and made a list of everything due this week, with the days next to each one. I didn't even ask him to! He said you showed them how in class.

He did get upset when his brother teased him about it, and he slammed his door, but he came out after a few minutes and apologized, which is new for him.

Would it be ok if he took a picture of the log page on my phone instead of bringing the paper home?

Thanks,
Tasha Baker
(Will's mom)

On Fri, Oct 10, 2025 at 3:15 PM Karen Lindqvist <klindqvist@tuning3.example> wrote:
> Hello Mrs. Baker,
> I wanted to touch base about Will's reading log. He has turned in 1 of the last 4. He is a thoughtful reader in class when he has done the reading!
> Best,
> Ms. Lindqvist
""",
    [("S404", PN, "2025-10-13", "date of the parent's reply, not of the quoted teacher email")],
    [
        (
            "S404",
            "Organization",
            "Emerging",
            "He still forgets it in his locker most days and then panics at 9pm.",
        ),
        (
            "S404",
            "Planning & Prioritization",
            "Developing",
            "he sat down on his own and made a list of everything due this week, with the days next to each one.",
        ),
        (
            "S404",
            "Self-Management",
            "Developing",
            "he slammed his door, but he came out after a few minutes and apologized, which is new for him.",
        ),
    ],
)

doc(
    "exit ticket 10_21.txt",
    "T401",
    "txt",
    """
EXIT TICKET    10/21
Name:

1. What is the theme of the story we read today?
   its about being brave i think

2. One question you still have:
   why did the author make the ending so sad

[typed up by KL - no name on this one, pencil, found in the basket after 3rd]
""",
    [("ASK", "", "", "no name, no period; four students in the class could have written it")],
)

doc(
    "Grace N reading reflection.pdf",
    "T401",
    "pdf",
    """
# Reading Reflection: A Long Walk to Water
Grace Nguyen - Period 3 - November 6, 2025
Prompt: How does the author connect Salva's story and Nya's story? Use evidence.
At first I thought the two stories were just switching back and forth to make it confusing, but now I think Park does it on purpose. Salva's chapters are in 1985 and Nya's are in 2008, and the water problem is the same in both, so the book is showing that the war ended but the problem did not. On page 115 the well gets built and that is where the two stories finally touch.
I looked up whether the water thing is still happening and I found out that some villages in South Sudan still walk hours for water, but I also found a website that was kind of an ad for a charity so I didn't use it. I used the UNICEF page instead because it said where the numbers came from.
I think our class could do a fundraiser but I would want to research which groups actually build wells first.
""",
    [("S403", RJ, "2025-11-06", "written reflection; Grace Nguyen (not Grace Olawale, T404)")],
    [
        (
            "S403",
            "Critical Thinking",
            "Advanced",
            "At first I thought the two stories were just switching back and forth to make it confusing, but now I think Park does it on purpose.",
        ),
        (
            "S403",
            "Digital Literacy",
            "Proficient",
            "I also found a website that was kind of an ad for a charity so I didn't use it. I used the UNICEF page instead because it said where the numbers came from.",
        ),
        (
            "S403",
            "Global Awareness",
            "Advanced",
            "I think our class could do a fundraiser but I would want to research which groups actually build wells first.",
        ),
    ],
    meta={
        "title": "Reading Reflection - Grace N.",
        "author": "Grace Nguyen",
        "creator": "Google Docs",
    },
)

doc(
    "peer review - narrative drafts.docx",
    "T401",
    "docx",
    """
# Peer Review Form - Personal Narrative
Date: 11/13
| Writer: | Sofía G. |
| Reviewer: | Will B. |
| One thing that works (glow): | I liked the part where your dog ran away because I could actually picture the rain and the flashlight. It made me nervous for you. |
| One thing to work on (grow): | The beginning is kind of slow. Maybe start with the dog running out the door and then go back to explain? |
| Anything else? | Sofi is really organized, she always has everything color coded so her draft was easy to read. |
""",
    [
        ("S404", PF, "2025-11-13", "Will wrote the feedback"),
        (
            "S401",
            PF,
            "2025-11-13",
            "Sofía is the writer being reviewed (subject); Will's remark about her organisation is not her evidence",
        ),
    ],
    [
        (
            "S404",
            "Communication",
            "Proficient",
            "The beginning is kind of slow. Maybe start with the dog running out the door and then go back to explain?",
        ),
        (
            "S404",
            "Social Awareness",
            "Developing",
            "I could actually picture the rain and the flashlight. It made me nervous for you.",
        ),
    ],
    meta={"author": "Karen Lindqvist"},
)

doc(
    "conf notes Mason Hill 11-20.md",
    "T401",
    "md",
    """
**Parent-Teacher Conference — Mason Hill**
**Date:** Thurs. Nov 20
**Present:** Ms. Lindqvist, Mr. Hill (dad), Mason (last 10 min)

**Strengths**
Mason didn't give up on the argument essay this time, even after his first draft came back with a lot of comments. He rewrote the whole intro during lunch on his own.
Dad says he's reading at home without being asked — graphic novels mostly, which is fine.

**Concerns**
Still blurts during discussions but it's less. He now catches himself about half the time and says "sorry, go ahead."
Loses track when I give more than two steps out loud.

**Mason, in his own words**
He told us "I get excited and it just comes out, but I'm trying to write my idea on a sticky note first."

**Teacher rating (Self-Management):** Developing
**Teacher rating (Inhibitory Control):** Developing

**Next steps**
- sticky note strategy continues
- written checklist for multi-step tasks
- check in again in Jan.
""",
    [("S402", OB, "2025-11-20", "conference notes filed as teacher observation")],
    [
        (
            "S402",
            "Self-Management",
            "Developing",
            "Mason didn't give up on the argument essay this time, even after his first draft came back with a lot of comments.",
        ),
        (
            "S402",
            "Inhibitory Control",
            "Developing",
            'He now catches himself about half the time and says "sorry, go ahead."',
        ),
        (
            "S402",
            "Working Memory",
            "Emerging",
            "Loses track when I give more than two steps out loud.",
        ),
        (
            "S402",
            "Self-Awareness",
            "Proficient",
            "I get excited and it just comes out, but I'm trying to write my idea on a sticky note first.",
        ),
    ],
)

doc(
    "Buddy reading transcript Dec 4.txt",
    "T401",
    "txt",
    """
Reading buddies - 8th graders w/ 6th
Thurs Dec 4 - recorded w/ permission
Benny O. (8th, Mrs. Pfeiffer) + Will B.

(12:01) MS. LINDQVIST: You two are at the back table. Benny, you have the question cards.
(12:02) BENNY: Okay so we're doing chapter 3 today. You want to read first or me?
(12:02) WILL: Can we start after I get a drink? And I need to find my bookmark.
(12:04) BENNY: We can do it quick. Just read the first page and then you can go.
(12:04) WILL: Fine. [reads] ... okay I read it.
(12:06) BENNY: Cool. So the card says, find the three things Brian does to make the fire.
(12:06) WILL: He hits the hatchet on the rock, and... wait what was the second part of the question again?
(12:07) BENNY: Three things he does to make the fire.
(12:07) WILL: Okay. Rock, sparks, and the bark from the tree, he shreds it up like a nest. That's three.
(12:09) BENNY: Nice. When I read this in sixth grade I forgot the bark part.
(12:09) WILL: Really? I used to think eighth graders knew everything. I'm going to put the bark part on my sticky so I remember it for the quiz.
""",
    [("S404", PT, "2025-12-04", "tutor Benny O'Neill is S412 in T403's class: no row here")],
    [
        (
            "S404",
            "Task Initiation",
            "Emerging",
            "Can we start after I get a drink? And I need to find my bookmark.",
        ),
        (
            "S404",
            "Working Memory",
            "Developing",
            "wait what was the second part of the question again?",
        ),
    ],
)

doc(
    "Sofi- persuasive speech.docx",
    "T401",
    "docx",
    """
# Persuasive Speeches - Round 1
Jan. 15 - Sofía Gutiérrez-Ramos: "Our School Should Start at 8:45"
SOFÍA: Raise your hand if you were tired this morning. Okay, basically everybody, even Ms. Lindqvist. That's my point. Sixth graders need about nine to twelve hours of sleep, and that's from the CDC, not just my opinion. If the bus comes at 6:50, you'd have to be asleep by 8 to get that, and nobody in this room is asleep by 8.
SOFÍA: Some people will say later start means later sports practice. That's true, and I talked to Coach Ambrose about it. He said practice could move to 4:15 and still be done before dark until November. So the problem is real but it's fixable.
SOFÍA: So I'm asking you, the student council, to put this on the survey in February. Thank you.
## Q&A
GRACE: What about parents who have to drop kids off before work? Did you think about them?
SOFÍA: Yes, that's the hardest part. I found that another district did a before-school program in the gym, so kids can come early but it's not class yet. I don't know how much it costs though.
MASON: Wait, so we'd get out later too? That's terrible.
SOFÍA: Fifteen minutes later. I'd trade fifteen minutes for being awake in first period.
""",
    [
        ("S401", PP, "2026-01-15", "presenter; Jan = 2026"),
        ("S403", PP, "2026-01-15", "asks a question in Q&A"),
        ("S402", PP, "2026-01-15", "speaks in Q&A; nothing rateable"),
    ],
    [
        (
            "S401",
            "Communication",
            "Advanced",
            "Raise your hand if you were tired this morning. Okay, basically everybody, even Ms. Lindqvist. That's my point.",
        ),
        (
            "S401",
            "Critical Thinking",
            "Proficient",
            "Sixth graders need about nine to twelve hours of sleep, and that's from the CDC, not just my opinion.",
        ),
        (
            "S401",
            "Cognitive Flexibility",
            "Proficient",
            "I found that another district did a before-school program in the gym, so kids can come early but it's not class yet.",
        ),
        (
            "S403",
            "Social Awareness",
            "Advanced",
            "What about parents who have to drop kids off before work? Did you think about them?",
        ),
    ],
    meta={"title": "Persuasive Speech Transcript", "author": "K. Lindqvist"},
)

doc(
    "journal_will_feb.txt",
    "T401",
    "txt",
    """
Will Baker
2/10/26
Journal – Ms. L’s prompt: “Look back at your goal from October. How is it going?”

My goal in October was to turn in my reading log every week. It’s going better. I need fewer reminders now to start my reading log, because I do it right when I get on the bus instead of waiting until night. My mom still has to remind me sometimes on Fridays.

I hope I can get to where I don’t need any reminders by spring. Will I? I don’t know, but I’m closer.

The other thing is I used to get really mad when I got something wrong and just stop. Now I still get mad but I keep going, like on the poetry quiz I didn’t quit even when I didn’t get the first three.
""",
    [("S404", RJ, "2026-02-10", "Windows-1252, CRLF")],
    [
        (
            "S404",
            "Task Initiation",
            "Developing",
            "I need fewer reminders now to start my reading log, because I do it right when I get on the bus instead of waiting until night.",
        ),
        (
            "S404",
            "Self-Awareness",
            "Proficient",
            "I used to get really mad when I got something wrong and just stop.",
        ),
        (
            "S404",
            "Self-Management",
            "Proficient",
            "Now I still get mad but I keep going, like on the poetry quiz I didn’t quit even when I didn’t get the first three.",
        ),
    ],
    enc="cp1252",
    crlf=True,
)

doc(
    "Grace - obs March.docx",
    "T401",
    "docx",
    """
# Observation - Grace N.
March 5th, during writing workshop
Grace noticed Mason's binder was falling apart and, without being asked, showed him the color-coded folder system she made for herself (one color per class, a 'do now' pocket in front). By the end of the period she had helped two other students set one up.
She finished her own draft early and asked if she could start the optional research piece.
Rating: Organization — Advanced
""",
    [("S403", OB, "2026-03-05", "Mason Hill only mentioned: no row")],
    [
        (
            "S403",
            "Organization",
            "Advanced",
            "showed him the color-coded folder system she made for herself (one color per class, a 'do now' pocket in front). By the end of the period she had helped two other students set one up.",
        ),
        (
            "S403",
            "Task Initiation",
            "Proficient",
            "She finished her own draft early and asked if she could start the optional research piece.",
        ),
    ],
    meta={"author": "Karen Lindqvist"},
)

# ---------------------------------------------------------------- T402 Okafor, 7th science
doc(
    "lab group audio 9-30 transcribed.txt",
    "T402",
    "txt",
    """
Density Lab - Group 4 - 9/30/2025
Transcribed from classroom recorder (Otter). Names fixed by D.O.

Mr. Okafor  0:04
Alright group four, you've got the graduated cylinder, the mystery cubes, and the balance. What's your plan?

Zoë  0:11
I think we should measure the mass first, then do the water thing for volume, because if the cube gets wet it'll weigh more.

Koz  0:19
Or we just drop them all in and see which ones float. That's faster.

Aaliyah  0:24
That tells us if it floats but not the density. We need the actual numbers for the table.

Ethan  0:31
Wait, which one's the mass one? The scale?

Zoë  0:34
The balance, yeah. E, can you write down the numbers while I read them? You have the nicest handwriting.

Ethan  0:39
Okay. Ready.

Koz  1:02
This one's 14.2. Nah wait, it's still moving. 14.6.

Aaliyah  1:15
Can we check that one again? Our number for cube B makes it less dense than water, but it sank. Something's off.

Koz  1:22
Ugh, fine. Okay I re-zeroed it, it's 18.1 now. I forgot to zero it before.
""",
    [
        ("S405", GD, "2025-09-30", "Koz = Mason Kowalczyk"),
        ("S406", GD, "2025-09-30", ""),
        ("S407", GD, "2025-09-30", ""),
        ("S408", GD, "2025-09-30", "E / Ethan = Ethan Park-Delgado; speaks, nothing rateable"),
    ],
    [
        (
            "S407",
            "Planning & Prioritization",
            "Proficient",
            "I think we should measure the mass first, then do the water thing for volume, because if the cube gets wet it'll weigh more.",
        ),
        (
            "S407",
            "Collaboration",
            "Proficient",
            "E, can you write down the numbers while I read them? You have the nicest handwriting.",
        ),
        (
            "S406",
            "Critical Thinking",
            "Proficient",
            "Our number for cube B makes it less dense than water, but it sank. Something's off.",
        ),
        ("S405", "Collaboration", "Developing", "Ugh, fine. Okay I re-zeroed it, it's 18.1 now."),
    ],
)

doc(
    "Zoe lab reflection.docx",
    "T402",
    "docx",
    """
# Density Lab Reflection
Zoë V. - Oct 2
Prompt: What went well in your group? What would you change? What did you learn about yourself?
What went well was that we had a plan before we touched anything. I kind of made the plan, which I like doing, but I noticed I also kind of took over. Aaliyah had a good idea about checking cube B and I almost said no because I wanted to be done.
Next time I want to ask everyone what they think the first step is before I say mine. I get impatient when things are slow and then I talk over people, which I don't like when other people do it to me.
What I learned: if the numbers don't make sense, the problem is usually how we measured, not the cube.
""",
    [("S407", RJ, "2025-10-02", "Aaliyah only mentioned: no row")],
    [
        (
            "S407",
            "Self-Awareness",
            "Advanced",
            "Next time I want to ask everyone what they think the first step is before I say mine. I get impatient when things are slow and then I talk over people",
        ),
        (
            "S407",
            "Collaboration",
            "Developing",
            "I kind of made the plan, which I like doing, but I noticed I also kind of took over.",
        ),
        (
            "S407",
            "Critical Thinking",
            "Proficient",
            "if the numbers don't make sense, the problem is usually how we measured, not the cube.",
        ),
    ],
    meta={"title": "Lab Reflection", "author": "Zoë Van der Berg"},
)

doc(
    "Okafor notes Oct.md",
    "T402",
    "md",
    """
# Obs notes — 7th sci, 4th hr
## Thurs Oct 9 — stations day

**Ethan P-D**
- Lost track at station 2 of 4; had the directions card but asked me 3x what to do next.
- Once I gave him a checklist he got through 3 & 4 fine.
- Forgot his goggles on the counter at station 4 (safety).

Rating: WM — Emerging

**Aaliyah J.**
- Finished early, then went back and helped Ethan's group re-read the card instead of just telling them the answer.
- Noticed the spill at station 3 before I did and got paper towels + told the next group.

Rating: Relationship Skills — Proficient
""",
    [
        ("S408", OB, "2025-10-09", ""),
        ("S406", OB, "2025-10-09", "one note file covering two students"),
    ],
    [
        (
            "S408",
            "Working Memory",
            "Emerging",
            "Lost track at station 2 of 4; had the directions card but asked me 3x what to do next.",
        ),
        (
            "S408",
            "Responsible Decision-Making",
            "Emerging",
            "Forgot his goggles on the counter at station 4 (safety).",
        ),
        (
            "S406",
            "Relationship Skills",
            "Proficient",
            "went back and helped Ethan's group re-read the card instead of just telling them the answer.",
        ),
        (
            "S406",
            "Responsible Decision-Making",
            "Proficient",
            "Noticed the spill at station 3 before I did and got paper towels + told the next group.",
        ),
    ],
)

doc(
    "Re_ Ethan's missing assignments.eml",
    "T402",
    "eml",
    """
From: "Marisol Delgado" <mdelgado77@example.com>
To: dokafor@tuning3.example
Date: Thu, 16 Oct 2025 07:58:31 -0500
Subject: Re: Ethan's missing assignments
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Mr. Okafor,

Thank you for the list. We sat down last night and went through it. Honestly Ethan had no idea three of those were even assigned. He says he writes things in his planner but when I looked, the last entry was from September 12.

He is not a lazy kid. He'll spend 3 hours building something in Minecraft with redstone circuits and he can explain every part of it to you. He just can't keep school stuff straight.

We set up a reminder on his Chromebook for each class. He actually figured out how to make it pop up at 3:30 without me, so that's something.

Can he turn in the lab sheet late?

Marisol Delgado
Sent from my iPhone

> On Oct 15, 2025, at 4:02 PM, Darnell Okafor <dokafor@tuning3.example> wrote:
>
> Good afternoon Ms. Delgado, Ethan is currently missing 4 assignments in science...
""",
    [("S408", PN, "2025-10-16", "mother's surname differs from the hyphenated student surname")],
    [
        (
            "S408",
            "Organization",
            "Emerging",
            "He says he writes things in his planner but when I looked, the last entry was from September 12.",
        ),
        (
            "S408",
            "Creativity & Innovation",
            "Proficient",
            "He'll spend 3 hours building something in Minecraft with redstone circuits and he can explain every part of it to you.",
        ),
        (
            "S408",
            "Digital Literacy",
            "Proficient",
            "He actually figured out how to make it pop up at 3:30 without me, so that's something.",
        ),
    ],
)

doc(
    "voice memo 10-22.txt",
    "T402",
    "txt",
    """
Voice memo 10/22 3:41 PM (transcribed by phone)

Okay note to self. Talk to her tomorrow about the goggles thing. She was really upset, she thought I was blaming her in front of the class and I wasn't. Maybe catch her before 4th hour. Also email home? Ask counselor first. Also need more paper towels.
""",
    [
        (
            "ASK",
            "",
            "",
            "'her' - two girls in the class (Aaliyah, Zoë); goggles also fit Ethan's Oct 9 note but he is a boy",
        )
    ],
)

doc(
    "Science fair pitch - Aaliyah.pdf",
    "T402",
    "pdf",
    """
# Science Fair Pitches - 4th Hour
Nov. 18, 2025
Presenter: Aaliyah Johnson - "Which Cleans Microplastics Out of Water Best?"
AALIYAH: So my question is which filter gets the most microplastics out of tap water: a coffee filter, sand, or a store-bought pitcher filter. I got the idea because my grandma in Jamaica collects rainwater, and I read that microplastics are showing up in rain now, even in places far from cities.
AALIYAH: My plan has three phases. Week one I build the filters, week two I run the trials, and week three is for redoing anything that goes wrong, because something always goes wrong. If the glitter doesn't work as fake microplastic, my backup is ground-up plastic cups.
MR. OKAFOR: Questions for Aaliyah?
ZOË: How are you going to count the plastic? Like, by eye?
AALIYAH: I'm going to put the filtered water on a coffee filter and take a picture under the magnifier, then count the bits in one square. Mr. Okafor said I could borrow the USB microscope.
ZOË: Oh that's smart. You could do three squares and average them, so it's fair.
AALIYAH: Yeah, I'll do that. Thanks.
""",
    [
        ("S406", PP, "2025-11-18", "presenter"),
        ("S407", PP, "2025-11-18", "asks questions"),
    ],
    [
        (
            "S406",
            "Global Awareness",
            "Proficient",
            "I read that microplastics are showing up in rain now, even in places far from cities.",
        ),
        (
            "S406",
            "Planning & Prioritization",
            "Advanced",
            "week three is for redoing anything that goes wrong, because something always goes wrong. If the glitter doesn't work as fake microplastic, my backup is ground-up plastic cups.",
        ),
        (
            "S407",
            "Critical Thinking",
            "Proficient",
            "You could do three squares and average them, so it's fair.",
        ),
    ],
    meta={
        "title": "Science Fair Pitch Transcript",
        "author": "Darnell Okafor",
        "creator": "Microsoft Word",
    },
)

doc(
    "peer feedback form koz.docx",
    "T402",
    "docx",
    """
# Lab Partner Feedback
Date: Tues 12/2
| Your name | Aaliyah J. |
| Partner's name | Koz |
| What did your partner do well? | He is really good at the hands-on part. He set up the pulley in like 2 minutes and he figured out that the string was slipping, which nobody else saw. |
| What could your partner do better? | He does the whole thing himself and then me and Ethan are just watching. I told him that and he said ok but then he did it again. Next time I think we should each have a job before we start so it's not just him. |
| Rate your partner 1-4 | 3 |
""",
    [
        ("S406", PF, "2025-12-02", "Aaliyah wrote it"),
        ("S405", PF, "2025-12-02", "Koz is the subject; Ethan only mentioned"),
    ],
    [
        (
            "S406",
            "Communication",
            "Proficient",
            "He does the whole thing himself and then me and Ethan are just watching. I told him that and he said ok but then he did it again.",
        ),
        (
            "S406",
            "Collaboration",
            "Advanced",
            "Next time I think we should each have a job before we start so it's not just him.",
        ),
    ],
    meta={"author": "Darnell Okafor"},
)

doc(
    "Koz tutoring session.txt",
    "T402",
    "txt",
    """
Peer tutoring log - Jan 22 - lunch
K = Mason K. (Koz), tutor;  E = Ethan P-D
recorded on the class iPad, typed by me (DO)

[0:00] K: Okay so Mr. O said you need help on Punnett squares. Do you know what the letters mean?
[0:06] E: Big letter is dominant. Little is... the other one.
[0:10] K: Recessive. Okay so draw a box with four squares. Put the mom's letters on top and the dad's on the side.
[0:25] E: Like this?
[0:27] K: Yeah. Now each box gets one from the top and one from the side. Don't do the whole thing yet, just the first box.
[0:40] E: Big B, little b.
[0:44] K: Yes! Okay now do the rest the same way. I'll wait.
[1:30] E: Done. So three of them have big B, so three out of four have brown eyes?
[1:36] K: Yep, seventy-five percent. See, you got it. When I learned this I messed up the first three, so it's normal.
[1:45] E: Can you make me one more so I can try it without you talking?
""",
    [
        ("S405", PT, "2026-01-22", "tutor; UTF-16 file"),
        ("S408", PT, "2026-01-22", "tutee"),
    ],
    [
        (
            "S405",
            "Communication",
            "Proficient",
            "Now each box gets one from the top and one from the side. Don't do the whole thing yet, just the first box.",
        ),
        (
            "S405",
            "Relationship Skills",
            "Advanced",
            "See, you got it. When I learned this I messed up the first three, so it's normal.",
        ),
        (
            "S408",
            "Task Initiation",
            "Proficient",
            "Can you make me one more so I can try it without you talking?",
        ),
    ],
    enc="utf-16",
)

doc(
    "Ethan journal 2-3-26.md",
    "T402",
    "md",
    """
# Science Journal
**Ethan Park-Delgado**
**2/3/26**

**Prompt: What's one strategy you've started using this semester? Is it working?**

The Chromebook reminders are working. I have a 3:30 one that says CHECK CLASSROOM and I actually do it now. Before I used to not even know what was due.

I still forget stuff that's only said out loud, like when Mr. O says "bring a water bottle tomorrow." I started writing it on my hand but then I wash it off lol.

I made a spreadsheet for my missing work with a column that turns red if it's late. My mom says it's overkill but it helps.
""",
    [("S408", RJ, "2026-02-03", "")],
    [
        (
            "S408",
            "Task Initiation",
            "Developing",
            "I have a 3:30 one that says CHECK CLASSROOM and I actually do it now.",
        ),
        ("S408", "Working Memory", "Developing", "I still forget stuff that's only said out loud"),
        (
            "S408",
            "Organization",
            "Proficient",
            "I made a spreadsheet for my missing work with a column that turns red if it's late.",
        ),
    ],
)

doc(
    "Observation - Zoe - Feb.pdf",
    "T402",
    "pdf",
    """
# Observation Note
Student: Zoë Van der Berg    Date: Feb 24 (Tues)    Setting: ecosystem project, group work
Today the group's plan fell apart when the fish tank they were going to observe was moved to the office. Zoë was frustrated at first (put her head down for a minute), then suggested they switch to the pond water samples from January and re-wrote their question to fit the new data.
She asked each person in the group what part they wanted before assigning anything - a change from the fall, when she would assign roles herself.
Zoë still needs reminders to let others finish before she responds.
Self-Management: P    Collaboration: P
""",
    [("S407", OB, "2026-02-24", "")],
    [
        (
            "S407",
            "Cognitive Flexibility",
            "Advanced",
            "then suggested they switch to the pond water samples from January and re-wrote their question to fit the new data.",
        ),
        (
            "S407",
            "Collaboration",
            "Proficient",
            "She asked each person in the group what part they wanted before assigning anything - a change from the fall, when she would assign roles herself.",
        ),
        (
            "S407",
            "Inhibitory Control",
            "Developing",
            "Zoë still needs reminders to let others finish before she responds.",
        ),
    ],
    meta={"title": "Observation - Zoe VdB", "author": "D. Okafor", "creator": "Microsoft Word"},
)

doc(
    "aaliyah reflection spring.txt",
    "T402",
    "txt",
    """
Aaliyah Johnson
Science - 4th hour
April 14

Reflection: Science fair results

My filter results didn't come out how I thought. The pitcher filter was best but sand was almost the same, and the coffee filter did basically nothing. I was disappointed at first because I wanted sand to win, since it's cheap and my grandma could use it. But then I realized that's actually a good result, because sand was only 2 particles worse and it costs almost nothing.

I wrote to a group that builds sand filters in Haiti and asked if they test for microplastics. They haven't answered yet.

If I did it again I would run more trials. Three per filter isn't a lot and one of my sand trials was weird (82 particles when the others were like 10) so I'm not sure if I should count it. I kept it in but I wrote about it in my conclusion.

Something I'm proud of: I helped Mason K. and Ethan set up their spreadsheet charts when they were stuck.
""",
    [("S406", RJ, "2026-04-14", "Mason K. and Ethan only mentioned")],
    [
        (
            "S406",
            "Self-Awareness",
            "Proficient",
            "I was disappointed at first because I wanted sand to win, since it's cheap and my grandma could use it. But then I realized that's actually a good result",
        ),
        (
            "S406",
            "Global Awareness",
            "Advanced",
            "I wrote to a group that builds sand filters in Haiti and asked if they test for microplastics.",
        ),
        (
            "S406",
            "Critical Thinking",
            "Advanced",
            "one of my sand trials was weird (82 particles when the others were like 10) so I'm not sure if I should count it. I kept it in but I wrote about it in my conclusion.",
        ),
        (
            "S406",
            "Digital Literacy",
            "Proficient",
            "I helped Mason K. and Ethan set up their spreadsheet charts when they were stuck.",
        ),
    ],
)

doc(
    "email_Kowalczyk_March.eml",
    "T402",
    "eml",
    """
From: Piotr Kowalczyk <pkowalczyk@example.org>
To: "Okafor, Darnell" <dokafor@tuning3.example>
Subject: Mason - robotics + grades
Date: Tue, 10 Mar 2026 21:14:55 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hello Mr. Okafor,

Mason asked me to write you because he is nervous to ask himself. He wants to join the after-school robotics team but his grade in science is a C and the form says you have to sign.

I know he rushes. At home he starts building before he reads the instructions and then has to take it apart. But I have seen a change since he started helping Ethan at lunch - he told me "I have to slow down or E can't follow me," and now he does that with his little sister's homework too.

He also made his own schedule for the robotics weeks so he does homework first, on the fridge. I didn't make him.

Please let me know what you think.

Piotr Kowalczyk
""",
    [("S405", PN, "2026-03-10", "'Mason' in T402 is Mason Kowalczyk (Mason Hill is T401)")],
    [
        (
            "S405",
            "Inhibitory Control",
            "Emerging",
            "At home he starts building before he reads the instructions and then has to take it apart.",
        ),
        (
            "S405",
            "Social Awareness",
            "Proficient",
            "he told me \"I have to slow down or E can't follow me,\" and now he does that with his little sister's homework too.",
        ),
        (
            "S405",
            "Planning & Prioritization",
            "Proficient",
            "He also made his own schedule for the robotics weeks so he does homework first, on the fridge. I didn't make him.",
        ),
    ],
)

# ---------------------------------------------------------------- T403 Pfeiffer, 8th social studies
doc(
    "Socratic seminar 10.8.25.docx",
    "T403",
    "docx",
    """
# Socratic Seminar: Should 16-year-olds vote?
10.8.25 - inner circle, 6th period
14:02 Mrs. P — Inner circle, you have twelve minutes. Remember: build on each other, cite the text.
14:03 Hope — I'll start. The article says Takoma Park let sixteen-year-olds vote in local elections and turnout for that age group was higher than for eighteen-year-olds. So I think it could work, at least for city stuff.
14:04 Benny — Yeah but that's one city. It's like, a small rich suburb, right? That doesn't prove it works everywhere.
14:05 DeShawn — I don't know.
14:05 Mrs. P — DeShawn, take your time. Do you agree with Hope or Benny more?
14:06 DeShawn — Benny, I guess. Because like, my cousin is sixteen and he doesn't even watch the news.
14:07 Sofia — But lots of adults don't watch the news either and they still get to vote. I think we're holding teenagers to a higher standard than adults, and I'm not sure that's fair.
14:08 Hope — That's a good point, Sofia. Benny, I hear you about it being one city. Do you think it would change your mind if more places tried it and it went okay?
14:09 Benny — Maybe. Honestly, I'd want to see data from a place that's not all like, one kind of people. Austria lets sixteen-year-olds vote for everything, right? We could look that up.
14:10 Sofia — I can look it up right now on my Chromebook. Okay, it says since 2007. But this is a blog, I want to find something official.
""",
    [
        ("S409", GD, "2025-10-08", "Sofia Marchetti (not Sofía G-R, T401)"),
        ("S410", GD, "2025-10-08", ""),
        ("S411", GD, "2025-10-08", ""),
        ("S412", GD, "2025-10-08", "Benny = Benjamin O'Neill"),
    ],
    [
        (
            "S411",
            "Critical Thinking",
            "Proficient",
            "The article says Takoma Park let sixteen-year-olds vote in local elections and turnout for that age group was higher than for eighteen-year-olds.",
        ),
        (
            "S411",
            "Collaboration",
            "Advanced",
            "That's a good point, Sofia. Benny, I hear you about it being one city. Do you think it would change your mind if more places tried it and it went okay?",
        ),
        (
            "S412",
            "Critical Thinking",
            "Advanced",
            "Yeah but that's one city. It's like, a small rich suburb, right? That doesn't prove it works everywhere.",
        ),
        (
            "S412",
            "Global Awareness",
            "Proficient",
            "Austria lets sixteen-year-olds vote for everything, right? We could look that up.",
        ),
        ("S410", "Communication", "Emerging", "I don't know."),
        (
            "S410",
            "Critical Thinking",
            "Developing",
            "Because like, my cousin is sixteen and he doesn't even watch the news.",
        ),
        (
            "S409",
            "Critical Thinking",
            "Advanced",
            "I think we're holding teenagers to a higher standard than adults, and I'm not sure that's fair.",
        ),
        (
            "S409",
            "Digital Literacy",
            "Proficient",
            "But this is a blog, I want to find something official.",
        ),
    ],
    meta={"title": "Socratic Seminar", "author": "Jo Ann Pfeiffer"},
)

doc(
    "Hope L - journal entry.txt",
    "T403",
    "txt",
    """
Hope Lindgren
10/15
Social Studies Journal #4
Mrs. P's question: After the seminar, what did you notice about how you participate in discussions?

I noticed I talk a lot at the start and then I get quieter when people disagree with me. I hope that's not bad. I think I get scared that if I keep arguing people will think I'm bossy, so I just stop, even when I still think I'm right.

One thing I did that I liked was asking Benny a question instead of just arguing back. My mom does that when she and my dad disagree and it usually works.

My goal for next seminar is to say one thing I disagree with even if it's uncomfortable, and back it up with the text. I'm going to put a star on my notes next to the thing so I don't chicken out.
""",
    [("S411", RJ, "2025-10-15", "'I hope' is the word, not the name; Benny only mentioned")],
    [
        (
            "S411",
            "Self-Awareness",
            "Advanced",
            "My goal for next seminar is to say one thing I disagree with even if it's uncomfortable, and back it up with the text.",
        ),
        (
            "S411",
            "Self-Management",
            "Proficient",
            "I'm going to put a star on my notes next to the thing so I don't chicken out.",
        ),
        (
            "S411",
            "Relationship Skills",
            "Proficient",
            "One thing I did that I liked was asking Benny a question instead of just arguing back.",
        ),
    ],
)

doc(
    "parent email - kim.eml",
    "T403",
    "eml",
    """
From: Kim Brown <kimb1977@example.com>
To: jpfeiffer@tuning3.example
Date: Tue, 28 Oct 2025 06:12:40 -0500
Subject: question about the project
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Good morning,

My son says he has a project due Friday for your class and that you said it was ok to work with a partner from another period. Is that right? He's been stressed about it all weekend and stayed up late last night. He doesn't always tell me the whole story, so I wanted to check with you directly.

Thank you,
Kim
""",
    [
        (
            "ASK",
            "",
            "",
            "'my son', surname Brown matches no student; two boys in the class (DeShawn, Benny)",
        )
    ],
)

doc(
    "Benny presentation Nov.pdf",
    "T403",
    "pdf",
    """
# Unit 3 Presentations: Who Gets Clean Water?
11/12/2025 - Benjamin O'Neill
Benny: My topic is the Flint water crisis, but I want to start somewhere else. In Cape Town in 2018 they almost hit what they called Day Zero, when the taps would just shut off. So this isn't just a Michigan thing, it's happening in a lot of places, and usually it's the poorest neighborhoods that get hit first.
Benny: In Flint the city switched the water source to save money in 2014. The new water wasn't treated right, so lead came out of the old pipes. People complained for more than a year and officials said the water was fine.
Benny: I think the lesson is that when people in charge don't listen to the people affected, small problems turn into huge ones. So my action idea is we write to our city council and ask when our own pipes were last tested. I already found the water quality report on the city website, it's from 2023.
Hope (question): Why did people believe the officials at first?
Benny: I think because they're supposed to be the experts. And I guess most people don't know how to test water themselves. That's kind of scary, honestly.
Mrs. Pfeiffer: Nice work, Benny. Time.
""",
    [
        ("S412", PP, "2025-11-12", "presenter"),
        ("S411", PP, "2025-11-12", "asks a question"),
    ],
    [
        (
            "S412",
            "Global Awareness",
            "Advanced",
            "So my action idea is we write to our city council and ask when our own pipes were last tested.",
        ),
        (
            "S412",
            "Communication",
            "Proficient",
            "My topic is the Flint water crisis, but I want to start somewhere else.",
        ),
        (
            "S412",
            "Responsible Decision-Making",
            "Proficient",
            "I think the lesson is that when people in charge don't listen to the people affected, small problems turn into huge ones.",
        ),
        (
            "S411",
            "Critical Thinking",
            "Proficient",
            "Why did people believe the officials at first?",
        ),
    ],
    meta={
        "title": "Water Crisis Presentation - transcript",
        "author": "Jo Ann Pfeiffer",
        "creator": "Microsoft Word",
    },
)

doc(
    "observation notes 11_19 DeShawn.md",
    "T403",
    "md",
    """
**Obs – DeShawn C. – 11/19**

**Context:** map project work day, library

**What I saw:** DeShawn sat with his hood up for the first 15 min and didn't open his Chromebook. When I checked in, he said he "didn't know where to start." We broke it into 3 pieces on a sticky note (find map, label 5 rivers, write caption). He did piece 1 right away and piece 2 with one more check-in.

He did not argue or shut down when I redirected him, which is progress from September.

Quietly helped the new student (not on my roster yet) find the library printer.

**Rating:** Task Initiation – Emerging / Working Memory – Developing

**Follow-up:** call home re: how he's sleeping? Talk to Ms. Ruiz (counselor).
""",
    [("S410", OB, "2025-11-19", "")],
    [
        (
            "S410",
            "Task Initiation",
            "Emerging",
            "DeShawn sat with his hood up for the first 15 min and didn't open his Chromebook.",
        ),
        (
            "S410",
            "Working Memory",
            "Developing",
            "He did piece 1 right away and piece 2 with one more check-in.",
        ),
        (
            "S410",
            "Self-Management",
            "Developing",
            "He did not argue or shut down when I redirected him, which is progress from September.",
        ),
        (
            "S410",
            "Social Awareness",
            "Proficient",
            "Quietly helped the new student (not on my roster yet) find the library printer.",
        ),
    ],
)

doc(
    "Peer eval - Sofia M for DeShawn.docx",
    "T403",
    "docx",
    """
# Group Project Peer Evaluation
Tues., Dec. 9
Evaluator: Sofia Marchetti
Group member being evaluated: DeShawn Carter
## 1. What did this group member contribute?
DeShawn did the map of the Mississippi watershed and it was the best part of our poster honestly. He's quiet in the group chat but he always did his part by the deadline we set.
## 2. What is one suggestion for this group member?
I wish he would say his ideas out loud more. Once he told me his idea about showing the dams with little red lines and it was really good, but he only told me, not the group. Maybe next time I'll ask him first when we start so he doesn't get talked over.
## 3. Score (1-5)
5
""",
    [
        ("S409", PF, "2025-12-09", "evaluator"),
        ("S410", PF, "2025-12-09", "subject; Sofia's words about him are not his evidence"),
    ],
    [
        (
            "S409",
            "Social Awareness",
            "Advanced",
            "Maybe next time I'll ask him first when we start so he doesn't get talked over.",
        ),
    ],
    meta={"author": "Jo Ann Pfeiffer"},
)

doc(
    "Marchetti conference 1-8-26.docx",
    "T403",
    "docx",
    """
# Student-led conference - Sofia Marchetti
Thursday, January 8
Attending: Sofia, Mrs. Marchetti (mom), Mrs. Pfeiffer
## Notes
Sofia led the whole conference from her portfolio without notes. She explained her seminar growth and pointed to her Austria research as the moment she 'stopped believing the first website.'
Mom shared that Sofia has been overwhelmed this month — she signed up for volleyball, the school musical, and National History Day at the same time. Sofia said she has been staying up past midnight and 'just doing whatever is due first.'
We talked about a weekly plan. Sofia drafted one at the table, blocking rehearsal nights and moving her NHD deadlines a week earlier in case the musical runs late.
## Ratings (for the record)
Communication: Advanced   Planning & Prioritization: Developing
""",
    [("S409", OB, "2026-01-08", "conference notes filed as teacher observation")],
    [
        (
            "S409",
            "Communication",
            "Advanced",
            "Sofia led the whole conference from her portfolio without notes.",
        ),
        (
            "S409",
            "Planning & Prioritization",
            "Developing",
            "Sofia said she has been staying up past midnight and 'just doing whatever is due first.'",
        ),
        (
            "S409",
            "Self-Management",
            "Developing",
            "Sofia has been overwhelmed this month — she signed up for volleyball, the school musical, and National History Day at the same time.",
        ),
    ],
    meta={"title": "Conference notes", "author": "Jo Ann Pfeiffer"},
)

doc(
    "DeShawn reflection - civics project.pdf",
    "T403",
    "pdf",
    """
# Civics Action Project - Reflection
DeShawn Carter | Feb. 5, 2026
## 1. What issue did you pick and why?
The crosswalk on Hawthorne and 4th because my little brother almost got hit there in December. There's no light and the cars go fast because it's right after the hill.
## 2. What did you do?
Me and Hope counted cars for three mornings before school. We got 212 cars in 20 minutes one day. I made the chart in Google Sheets and Hope wrote most of the letter but I wrote the part about my brother.
## 3. What was hard?
Talking at the city council meeting. My hands were shaking. I almost didn't go up but Mrs. P said I could just read my paper, so I read it. I didn't look up but I finished.
## 4. What would you do differently?
Practice out loud more. And maybe count cars at the afternoon time too, because that's when the high school lets out, so our number might be too low.
""",
    [("S410", RJ, "2026-02-05", "Hope only mentioned")],
    [
        (
            "S410",
            "Communication",
            "Developing",
            "I almost didn't go up but Mrs. P said I could just read my paper, so I read it. I didn't look up but I finished.",
        ),
        (
            "S410",
            "Critical Thinking",
            "Proficient",
            "maybe count cars at the afternoon time too, because that's when the high school lets out, so our number might be too low.",
        ),
        ("S410", "Digital Literacy", "Developing", "I made the chart in Google Sheets"),
    ],
    meta={
        "title": "Civics Project Reflection",
        "author": "DeShawn Carter",
        "creator": "Google Docs Renderer",
    },
)

doc(
    "Hope tutoring 7th grader.txt",
    "T403",
    "txt",
    """
Peer Tutoring - Thursday Feb 19 - advisory period
Tutor: Hope L. (8th)   Tutee: Mai T. (7th, Mr. Echeverría's homeroom)
typed from recording, JP

HOPE >> So what do you want to work on?
MAI >> The DBQ. I don't get how to use the documents. I just write what they say.
HOPE >> Okay, that's what I did last year too, don't worry. So the trick is, you don't just say what the document says, you say why it helps your answer. Like, what's your question?
MAI >> Why did the Great Wall get built.
HOPE >> Okay, so look at document B. What does it show?
MAI >> A map with the invaders coming from the north.
HOPE >> Perfect. So you'd write, "Document B shows invaders came from the north, which means the wall was built for protection." See how you added the "which means" part?
MAI >> Oh. So like, "which means" every time?
HOPE >> Not every time, or it sounds like a robot. But that's the idea. You try document C and I won't help unless you ask.
MAI >> Okay. ... Document C is a list of the workers, which means a lot of people had to work on it, maybe forced.
HOPE >> Yes! That "maybe forced" part is you thinking, that's the best part.
""",
    [("S411", PT, "2026-02-19", "tutee Mai Tran is S413 in T404's class: no row")],
    [
        (
            "S411",
            "Relationship Skills",
            "Advanced",
            "Okay, that's what I did last year too, don't worry.",
        ),
        (
            "S411",
            "Communication",
            "Advanced",
            "So the trick is, you don't just say what the document says, you say why it helps your answer.",
        ),
    ],
)

doc(
    "mrs o'neill email.eml",
    "T403",
    "eml",
    """
From: Deirdre O'Neill <doneill@example.net>
To: Jo Ann Pfeiffer <jpfeiffer@tuning3.example>
Subject: Benny & the city council letter
Date: Tue, 3 Mar 2026 20:30:02 -0600
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: 8bit

Dear Mrs. Pfeiffer,

I wanted to tell you that Benny got a reply from the city council about the pipe testing – they’re putting it on the April agenda! He was so proud. He’s already asked if he can present, and he’s been practicing in front of the mirror (and the dog).

I’ll admit I was worried in the fall. He used to sign up for everything and then drop it halfway through. This time he made a plan, and when the first email got no answer he didn’t quit, he found the name of the right person and wrote again.

He’s also been reading a lot of news articles and then telling us at dinner which ones he thinks are “clickbait.” It’s a bit much sometimes, but I love it.

Best,
Deirdre O’Neill
""",
    [("S412", PN, "2026-03-03", "Windows-1252 body")],
    [
        (
            "S412",
            "Self-Management",
            "Advanced",
            "when the first email got no answer he didn’t quit, he found the name of the right person and wrote again.",
        ),
        (
            "S412",
            "Digital Literacy",
            "Advanced",
            "He’s also been reading a lot of news articles and then telling us at dinner which ones he thinks are “clickbait.”",
        ),
        (
            "S412",
            "Task Initiation",
            "Proficient",
            "He’s already asked if he can present, and he’s been practicing in front of the mirror (and the dog).",
        ),
    ],
    enc="cp1252",
)

doc(
    "group debate prep 4-2.txt",
    "T403",
    "txt",
    """
Debate prep - Team B - 4/2/26 - recorded during work time

[10:31:05] MRS PFEIFFER: Team B, you're arguing the con side: the U.S. should NOT lower the voting age. Ten minutes to divide the work.
[10:31:20] SOFIA: Okay, I know we all kind of agree with the pro side, but we have to argue con anyway. So let's each think about what the strongest con argument is, like if we actually believed it.
[10:31:41] BENNY: Honestly that's hard. Everything I found was pro.
[10:31:49] DESHAWN: I can do the brain development one. I found a article from a science magazine about how the part of your brain for decisions isn't done till like 25.
[10:32:02] SOFIA: That's good, DeShawn. Can you check who wrote it though? Last time our source was from a company selling something.
[10:32:15] DESHAWN: It's from Scientific American. I checked the author, she's a neuroscientist.
[10:32:30] BENNY: Okay so I'll switch and do the "parents would influence votes" argument. I don't love it but I can find evidence.
[10:32:44] SOFIA: Let's make a doc and each put our part in by Friday so we can practice Monday. I'll make the doc and share it with everyone right now.
[10:33:10] DESHAWN: Can I go first in the debate? I want to get it over with.
[10:33:14] SOFIA: Sure, if you want. You sounded really good at the council meeting.
""",
    [
        ("S409", GD, "2026-04-02", ""),
        ("S410", GD, "2026-04-02", ""),
        ("S412", GD, "2026-04-02", ""),
    ],
    [
        (
            "S409",
            "Cognitive Flexibility",
            "Advanced",
            "So let's each think about what the strongest con argument is, like if we actually believed it.",
        ),
        (
            "S409",
            "Planning & Prioritization",
            "Proficient",
            "Let's make a doc and each put our part in by Friday so we can practice Monday.",
        ),
        (
            "S410",
            "Digital Literacy",
            "Proficient",
            "It's from Scientific American. I checked the author, she's a neuroscientist.",
        ),
        ("S410", "Task Initiation", "Proficient", "I can do the brain development one."),
        (
            "S410",
            "Self-Awareness",
            "Developing",
            "Can I go first in the debate? I want to get it over with.",
        ),
        (
            "S412",
            "Cognitive Flexibility",
            "Proficient",
            "Okay so I'll switch and do the \"parents would influence votes\" argument. I don't love it but I can find evidence.",
        ),
    ],
)

# ---------------------------------------------------------------- T404 Echeverría, 7th math
doc(
    "math talk 9-16.docx",
    "T404",
    "docx",
    """
# Number Talk - Table 3
9/16
LE [0:05]: Okay table 3, how did you get 18 times 5 without paper?
Grace O [0:09]: I did 10 times 5 is 50 and 8 times 5 is 40, so 90.
Nico [0:14]: I did half of 18 is 9, and then 9 times 10. Same answer, 90.
Topher [0:18]: I just knew it.
LE [0:20]: Can you tell us how you knew it?
Topher [0:23]: I don't know. I just know it. Can we do the next one?
Mai [0:30]: Nico's way is faster. Can I try his way on the next one? I always do it the long way.
Nico [0:36]: You can do it with 16 times 5 too, that's 8 times 10. It works for anything times 5 if the first number is even. If it's odd you have to do something extra, I think.
Grace O [0:48]: Wait, can we test an odd one? Like 17 times 5?
Topher [0:52]: This is boring.
""",
    [
        ("S413", GD, "2025-09-16", ""),
        ("S414", GD, "2025-09-16", "Topher = Christopher Dahl"),
        ("S415", GD, "2025-09-16", "Grace O = Grace Olawale"),
        ("S416", GD, "2025-09-16", "Nico = Nicolás Ferreira-Lopes"),
    ],
    [
        (
            "S416",
            "Creativity & Innovation",
            "Proficient",
            "It works for anything times 5 if the first number is even. If it's odd you have to do something extra, I think.",
        ),
        (
            "S413",
            "Cognitive Flexibility",
            "Developing",
            "Nico's way is faster. Can I try his way on the next one? I always do it the long way.",
        ),
        (
            "S414",
            "Communication",
            "Emerging",
            "I don't know. I just know it. Can we do the next one?",
        ),
        ("S414", "Collaboration", "Emerging", "This is boring."),
        (
            "S415",
            "Critical Thinking",
            "Proficient",
            "Wait, can we test an odd one? Like 17 times 5?",
        ),
    ],
    meta={"author": "Luis Echeverría"},
)

doc(
    "Topher obs 9.26.txt",
    "T404",
    "txt",
    """
Observation – Topher D. – 9.26 (Fri)
Period 2, Math 7

- Finished the warm-up in 2 minutes, all correct, then put his head down. When I offered the challenge problem he said "nah."
- During partner work he did the whole worksheet alone and turned his back on Grace O. When she asked how he got #4 he said "it's obvious."
- Lost his homework again; it was crumpled in the bottom of his backpack with last week's.
- BUT: he stayed after class to ask if he could do the extension packet "for fun," as long as nobody else saw.

Rating - Collaboration: Emerging
Rating - Organization: Emerging

Note to self: he's bored, not lost. Try giving him a role.
""",
    [("S414", OB, "2025-09-26", "Grace O only mentioned")],
    [
        (
            "S414",
            "Collaboration",
            "Emerging",
            "During partner work he did the whole worksheet alone and turned his back on Grace O.",
        ),
        (
            "S414",
            "Organization",
            "Emerging",
            "Lost his homework again; it was crumpled in the bottom of his backpack with last week's.",
        ),
        (
            "S414",
            "Task Initiation",
            "Developing",
            'he stayed after class to ask if he could do the extension packet "for fun," as long as nobody else saw.',
        ),
    ],
)

doc(
    "Nico exit ticket - ratios.md",
    "T404",
    "md",
    """
**Exit Ticket – Ratios**
**Name:** Nico F-L
**Date:** Tue 10/7

**1. Solve: 3 cups of flour for 2 eggs. How much flour for 7 eggs?**
10.5 cups

**2. Explain how you know.**
I made a table going 2, 4, 6, 8 eggs but 7 wasn't on it, so I found 1 egg is 1.5 cups and then times 7. My first way didn't work so I switched.

**3. How confident are you? (1-4)**
3 - I'm good with tables but I still mess up when it's a word problem and I don't know which number goes on top.
""",
    [("S416", RJ, "2025-10-07", "exit ticket = reflection_journal")],
    [
        (
            "S416",
            "Cognitive Flexibility",
            "Proficient",
            "7 wasn't on it, so I found 1 egg is 1.5 cups and then times 7. My first way didn't work so I switched.",
        ),
        (
            "S416",
            "Self-Awareness",
            "Proficient",
            "I'm good with tables but I still mess up when it's a word problem and I don't know which number goes on top.",
        ),
    ],
)

doc(
    "Grace O reflection Oct.pdf",
    "T404",
    "pdf",
    """
# Math Reflection - Unit 2
Grace Olawale | October 20, 2025 | Period 2
Prompt: Where did you see ratios or percents outside of math class this month?
My aunt in Lagos sent my mom money for my cousin's school fees and they were talking about the exchange rate. One dollar was like 1,500 naira but last year it was way less. I made a ratio table to see how much $50 was in naira both years. I think it means my cousin's family has to spend more of their money on the same school, even though they didn't do anything different.
I also noticed the grocery store sign said 'Buy 2 get 1 free = 50% off!' but that's wrong, it's 33% off. I told the manager. He said thanks but didn't change the sign lol.
""",
    [("S415", RJ, "2025-10-20", "Grace Olawale (not Grace Nguyen, T401)")],
    [
        (
            "S415",
            "Global Awareness",
            "Proficient",
            "I think it means my cousin's family has to spend more of their money on the same school, even though they didn't do anything different.",
        ),
        (
            "S415",
            "Critical Thinking",
            "Advanced",
            "the grocery store sign said 'Buy 2 get 1 free = 50% off!' but that's wrong, it's 33% off. I told the manager.",
        ),
    ],
    meta={"title": "Math Reflection", "author": "Grace Olawale", "creator": "Microsoft Word"},
)

doc(
    "email from Ms. Tran (Mai's mom).eml",
    "T404",
    "eml",
    """
From: Linh Tran <linh.tran.family@example.com>
To: Luis Echeverría <lecheverria@tuning3.example>
Subject: Mai math homework
Date: Mon, 3 Nov 2025 18:05:44 -0600
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mr. Echeverría,

Thank you for the progress report. Mai works on her math every night but she takes a very long time, sometimes 2 hours, because she erases and starts over if one answer is wrong. She cries when she cannot find the mistake. I try to help but the way you teach it is different from how I learned in Vietnam.

This week she started doing something new. She puts a small mark next to the problem she is stuck on and moves to the next one, then comes back. She said you told the class about this. It helps, she finishes faster.

She is shy to ask questions in class. Could she come to your room at lunch?

Respectfully,
Linh Tran

-----Original Message-----
From: Luis Echeverría
Sent: Friday, October 31, 2025 2:40 PM
Subject: Progress report - Math 7

Mai's assignments are complete and accurate; I'd love to hear more from her in class.
""",
    [("S413", PN, "2025-11-03", "")],
    [
        (
            "S413",
            "Self-Management",
            "Emerging",
            "she erases and starts over if one answer is wrong. She cries when she cannot find the mistake.",
        ),
        (
            "S413",
            "Cognitive Flexibility",
            "Developing",
            "She puts a small mark next to the problem she is stuck on and moves to the next one, then comes back.",
        ),
        ("S413", "Communication", "Emerging", "She is shy to ask questions in class."),
    ],
)

doc(
    "anonymous survey response.txt",
    "T404",
    "txt",
    """
Math 7 - mid-year check-in (Google Form export)
Timestamp: 1/9/2026 10:14:32
Period: 2
Name (optional):
What is going well in math? the warmups are fun
What is hard? when we have to explain our thinking out loud. i know the answer but i cant explain it and people stare
What should Mr. E know about you? i like working alone better
""",
    [
        (
            "ASK",
            "",
            "",
            "anonymous form; sounds like Topher or Mai but nothing identifies the writer",
        )
    ],
)

doc(
    "Mai tutoring Topher 12-11.docx",
    "T404",
    "docx",
    """
# Peer tutoring - Dec 11 - lunch
Tutor: Topher D.   Student: Mai T.
12:15 Mr. E: Topher, you're the expert on two-step equations today. Mai, ask him anything.
12:16 Mai: I always get the negative ones wrong. Like this one, negative 3x plus 4 equals 19.
12:16 Topher (tutor): Okay so first you get rid of the 4. Minus 4 both sides. What do you get?
12:17 Mai: Negative 3x equals 15.
12:17 Topher (tutor): Yeah. Now divide by negative 3. Careful, that's where everyone messes up.
12:18 Mai: x equals... negative 5?
12:18 Topher (tutor): Yep. See, you can do it, you just go slow. Going slow is fine, I go too fast and mess up stupid stuff.
12:19 Mai: Can you do one and talk out loud the whole time? So I can hear what you think?
12:20 Topher (tutor): Um, okay. That's weird but okay. Negative 2x minus 6 equals 10. I'm thinking, get x alone, so plus 6 first...
12:22 Mai: I think I get it now. I wrote the steps on a card so I remember.
""",
    [
        ("S414", PT, "2025-12-11", "tutor (file name puts Mai first)"),
        ("S413", PT, "2025-12-11", "tutee"),
    ],
    [
        (
            "S414",
            "Relationship Skills",
            "Proficient",
            "See, you can do it, you just go slow. Going slow is fine, I go too fast and mess up stupid stuff.",
        ),
        (
            "S414",
            "Communication",
            "Developing",
            "Okay so first you get rid of the 4. Minus 4 both sides. What do you get?",
        ),
        (
            "S413",
            "Communication",
            "Developing",
            "Can you do one and talk out loud the whole time? So I can hear what you think?",
        ),
        ("S413", "Working Memory", "Developing", "I wrote the steps on a card so I remember."),
    ],
    meta={"author": "Luis Echeverría"},
)

doc(
    "stats project presentations jan.pdf",
    "T404",
    "pdf",
    """
# Statistics Project Presentations - Period 2
1/27/26
Presenter: Nico Ferreira-Lopes - "Do Longer Songs Get More Streams?"
NICO: I wanted to know if longer songs get more streams, because my dad says songs used to be longer and now they're all two minutes for TikTok. So I took the top 50 songs from three years, 2015, 2020 and 2025, and put the length and streams in a spreadsheet.
NICO: Here's the scatter plot. There's basically no pattern. The line is almost flat. So longer songs don't get more streams, but the songs did get shorter: the average went from 3 minutes 50 to 2 minutes 58.
NICO: One problem is the streaming numbers are from one website and I don't know how they count. Some of the songs from 2015 had more time to get streams, so that's not fair. I tried to fix that by only counting the first year for each song, but I could only find that for 2025, so I'm not sure my 2015 numbers mean the same thing.
MR. E: Questions?
GRACE O: Did you think about making it a ratio, like streams per week since it came out?
NICO: Oh, that's actually a good idea. That would fix the old songs problem. I'm going to try that for the final.
""",
    [
        ("S416", PP, "2026-01-27", "presenter"),
        ("S415", PP, "2026-01-27", "asks a question"),
    ],
    [
        (
            "S416",
            "Critical Thinking",
            "Advanced",
            "Some of the songs from 2015 had more time to get streams, so that's not fair.",
        ),
        (
            "S416",
            "Digital Literacy",
            "Proficient",
            "One problem is the streaming numbers are from one website and I don't know how they count.",
        ),
        (
            "S416",
            "Collaboration",
            "Proficient",
            "Oh, that's actually a good idea. That would fix the old songs problem. I'm going to try that for the final.",
        ),
        (
            "S416",
            "Communication",
            "Proficient",
            "Here's the scatter plot. There's basically no pattern. The line is almost flat.",
        ),
        (
            "S415",
            "Creativity & Innovation",
            "Advanced",
            "Did you think about making it a ratio, like streams per week since it came out?",
        ),
    ],
    meta={
        "title": "Stats Project Presentations",
        "author": "Luis Echeverría",
        "creator": "Microsoft Word",
    },
)

doc(
    "peer feedback - Topher to Nico.txt",
    "T404",
    "txt",
    """
PEER FEEDBACK – Desmos Art Project
From: Topher
To: Nico
Date: Feb 12

Stars (what’s great):
Your roller coaster graph is sick. I didn’t know you could restrict the domain to make the loops stop, I’m going to steal that (not actually steal, I’ll give you credit).

Wish (one thing to improve):
The colors are hard to see on the projector. Maybe make the track darker? Also the sun is just a circle, you could add rays with lines that have restricted domains, like you did with the track.

Did you help each other? Y / N    Y — he showed me sliders and I showed him the sun thing.
""",
    [
        ("S414", PF, "2026-02-12", "writer; Windows-1252"),
        ("S416", PF, "2026-02-12", "subject"),
    ],
    [
        (
            "S414",
            "Creativity & Innovation",
            "Proficient",
            "the sun is just a circle, you could add rays with lines that have restricted domains, like you did with the track.",
        ),
        (
            "S414",
            "Communication",
            "Proficient",
            "The colors are hard to see on the projector. Maybe make the track darker?",
        ),
        (
            "S414",
            "Collaboration",
            "Proficient",
            "he showed me sliders and I showed him the sun thing.",
        ),
    ],
    enc="cp1252",
    crlf=True,
)

doc(
    "Echeverria conf notes Grace O.md",
    "T404",
    "md",
    """
# Conference – Grace Olawale
*Thurs 3/19/26, with Mr. and Mrs. Olawale*

**What's going well**
Grace is the person her table goes to when they're stuck. She doesn't give answers; she asks "what did you try?" first. Two students have told me they understand slope because of her.

**Where she's stretching**
She gets thrown when a problem has no single right answer (open-ended tasks). On the bridge design task she asked me four times "but which one is right?" and didn't start until I gave her a starting point.

**Parents**
Dad says she's been building spreadsheets for the family budget "for fun."

**Levels discussed**
- Relationship Skills: Advanced
- Cognitive Flexibility: Developing
""",
    [("S415", OB, "2026-03-19", "conference notes filed as teacher observation")],
    [
        (
            "S415",
            "Relationship Skills",
            "Advanced",
            "Grace is the person her table goes to when they're stuck. She doesn't give answers; she asks \"what did you try?\" first.",
        ),
        (
            "S415",
            "Cognitive Flexibility",
            "Developing",
            "She gets thrown when a problem has no single right answer (open-ended tasks).",
        ),
        (
            "S415",
            "Task Initiation",
            "Developing",
            "didn't start until I gave her a starting point.",
        ),
    ],
)

doc(
    "Topher journal April.docx",
    "T404",
    "docx",
    """
# Math Journal
4/22
Mr. E's prompt: Compare yourself now to September. What changed? Use an example.
In September I didn't do partner work, I just did it myself because it was faster. Now I don't mind it as much. When I tutored Mai I figured out that explaining it makes me understand it better, which is weird but true.
I still lose papers. I started taking pictures of the homework with my phone so at least I have it, and I put the worksheets in one folder instead of my backpack. My folder is still kind of a mess but it's one mess instead of five.
I need fewer reminders to start now because Mr. E lets me do the challenge problem after, so I want to get the regular ones done.
Goal: be less rude when people are slow. I know I roll my eyes. I'm working on it.
""",
    [("S414", RJ, "2026-04-22", "Mai only mentioned")],
    [
        (
            "S414",
            "Organization",
            "Developing",
            "I started taking pictures of the homework with my phone so at least I have it, and I put the worksheets in one folder instead of my backpack.",
        ),
        (
            "S414",
            "Task Initiation",
            "Proficient",
            "I need fewer reminders to start now because Mr. E lets me do the challenge problem after, so I want to get the regular ones done.",
        ),
        ("S414", "Self-Awareness", "Proficient", "I know I roll my eyes. I'm working on it."),
    ],
    meta={"title": "Journal", "author": "Christopher Dahl"},
)

doc(
    "Nico obs may.txt",
    "T404",
    "txt",
    """
Obs notes - Nico F-L - May 7
Setting: end-of-year escape room (review), groups of 4

Nico's group got stuck on the lock that needed the volume of a cylinder. Instead of guessing codes he got the group to split up: two people checked each other's formulas while he and another student worked backward from the lock's 3 digits. When one group member got frustrated and wanted to quit, Nico said "we're so close, let's just try one more way" and gave her the calculator job.

Afterward he asked if he could design an escape room for next year's 7th graders and had a sketch on paper by Friday.

Rating: Collaboration A / Creativity A
""",
    [("S416", OB, "2026-05-07", "")],
    [
        (
            "S416",
            "Collaboration",
            "Advanced",
            "Instead of guessing codes he got the group to split up: two people checked each other's formulas while he and another student worked backward from the lock's 3 digits.",
        ),
        (
            "S416",
            "Relationship Skills",
            "Advanced",
            "When one group member got frustrated and wanted to quit, Nico said \"we're so close, let's just try one more way\" and gave her the calculator job.",
        ),
        (
            "S416",
            "Creativity & Innovation",
            "Advanced",
            "Afterward he asked if he could design an escape room for next year's 7th graders and had a sketch on paper by Friday.",
        ),
    ],
)

doc(
    "spring group problem solving 5-14.txt",
    "T404",
    "txt",
    """
Table 3 - probability carnival game design - Thurs May 14

Mr. E (0:00): You have to design a carnival game where the school makes money but kids still feel like they can win. Go.
Mai (0:09): What if it's spinning a spinner with eight parts and only two are winners? So it's 25 percent. I already drew one.
Topher (0:18): Twenty-five is too low, nobody will play. Kids will feel ripped off.
Grace O (0:24): But we have to make money. What if the prize is small, like a sticker, so losing doesn't feel bad?
Nico (0:31): Could we do two prizes? Small prize is easy, big prize is really hard. Then people keep playing for the big one.
Mai (0:40): I can make the spinner have three small-prize parts and one big-prize part. I'll do the math for expected value. Give me two minutes.
Topher (0:47): Okay yeah that's better than my idea. I didn't have an idea actually. Grace, do you want to do the poster? You're good at that.
Grace O (0:55): Sure. Mai, tell me the numbers when you have them and I'll put them on it.
""",
    [
        ("S413", GD, "2026-05-14", ""),
        ("S414", GD, "2026-05-14", ""),
        ("S415", GD, "2026-05-14", ""),
        ("S416", GD, "2026-05-14", ""),
    ],
    [
        (
            "S413",
            "Task Initiation",
            "Proficient",
            "What if it's spinning a spinner with eight parts and only two are winners? So it's 25 percent. I already drew one.",
        ),
        (
            "S413",
            "Collaboration",
            "Proficient",
            "I can make the spinner have three small-prize parts and one big-prize part. I'll do the math for expected value.",
        ),
        (
            "S414",
            "Social Awareness",
            "Proficient",
            "Twenty-five is too low, nobody will play. Kids will feel ripped off.",
        ),
        (
            "S414",
            "Collaboration",
            "Proficient",
            "Okay yeah that's better than my idea. I didn't have an idea actually. Grace, do you want to do the poster? You're good at that.",
        ),
        (
            "S415",
            "Responsible Decision-Making",
            "Proficient",
            "But we have to make money. What if the prize is small, like a sticker, so losing doesn't feel bad?",
        ),
        (
            "S416",
            "Creativity & Innovation",
            "Proficient",
            "Could we do two prizes? Small prize is easy, big prize is really hard. Then people keep playing for the big one.",
        ),
    ],
)

# ---------------------------------------------------------------- writers


def _entry_dt(d):
    dates = [t[2] for t in d["truth"] if t[2]]
    day = dt.date.fromisoformat(dates[0]) if dates else dt.date(2026, 1, 9)
    return dt.datetime(day.year, day.month, day.day, 15, 40)


def write_docx(d, path):
    import docx

    document = docx.Document()
    rows = []

    def flush_table():
        if not rows:
            return
        table = document.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for r in rows:
            cells = table.add_row().cells
            for c, v in zip(cells, r, strict=False):
                c.text = v
        rows.clear()

    for line in d["body"].splitlines():
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        else:
            document.add_paragraph(line)
    flush_table()
    cp = document.core_properties
    cp.author = d["meta"].get("author", "")
    cp.last_modified_by = d["meta"].get("author", "")
    cp.title = d["meta"].get("title", "")
    cp.comments = ""
    cp.created = cp.modified = _entry_dt(d)
    # re-zip with fixed timestamps so a rebuild gives the same bytes
    buf = io.BytesIO()
    document.save(buf)
    stamp = _entry_dt(d).timetuple()[:6]
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


def write_pdf(d, path):
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_margins(25, 25, 25)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    meta = d["meta"]
    if meta.get("title"):
        pdf.set_title(meta["title"])
    if meta.get("author"):
        pdf.set_author(meta["author"])
    if meta.get("creator"):
        pdf.set_creator(meta["creator"])
        pdf.set_producer(meta["creator"])
    pdf.set_creation_date(_entry_dt(d).replace(tzinfo=dt.UTC))
    pdf.add_page()
    for line in d["body"].splitlines():
        if not line.strip():
            continue
        if line.startswith("## "):
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, line[3:], align="L", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("# "):
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 9, line[2:], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, line, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))


def write_text(d, path):
    text = d["body"]
    if d["crlf"]:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(d["enc"]))


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    write_csv(HERE / "roster" / "teachers.csv", ["id", "name", "email", "slack_user_id"], TEACHERS)
    write_csv(
        HERE / "roster" / "students.csv",
        ["id", "name", "grade", "teacher_id", "nickname"],
        STUDENTS,
    )
    names = [d["file"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate file name"
    truth, labels = [], []
    for d in DOCS:
        path = DOCS_DIR / d["file"]
        {"docx": write_docx, "pdf": write_pdf}.get(d["fmt"], write_text)(d, path)
        for sid, etype, date, notes in d["truth"]:
            truth.append((d["file"], sid, etype, date, notes))
        for sid, skill, level, quote in d["labels"]:
            labels.append((d["file"], sid, skill, level, quote))
    write_csv(
        HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], truth
    )
    write_csv(
        HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], labels
    )
    print(f"documents={len(DOCS)} truth_rows={len(truth)} labels={len(labels)}")


if __name__ == "__main__":
    main()
