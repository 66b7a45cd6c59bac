# ruff: noqa: E501  (the set's texts are long lines on purpose)
"""Rebuild the tuning4 blind evaluation set: roster, documents, truth.csv, labelled_set.csv.

Run: /work/main/.venv/bin/python build_set.py   (stdlib + python-docx + fpdf2)
All text, truth rows and labels live in this file (see docs_*.py parts appended below).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "documents")

TEACHERS = [
    ("T501", "Adaeze Okafor", "a.okafor@tuning4.example", "U0T501"),
    ("T502", "Daniel Kowalczyk", "d.kowalczyk@tuning4.example", "U0T502"),
    ("T503", "Linh Tran", "l.tran@tuning4.example", "U0T503"),
    ("T504", "Marcus Bell", "m.bell@tuning4.example", "U0T504"),
    ("T505", "Guadalupe Reyes-Whitfield", "g.reyeswhitfield@tuning4.example", "U0T505"),
]

# id, name, grade, teacher_id, nickname
STUDENTS = [
    ("S501", "Sofía Ramírez", 7, "T501", "Sofi"),
    ("S502", "Malik Johnson", 7, "T501", ""),
    ("S503", "Hope Nguyen", 7, "T501", ""),
    ("S504", "Yusuf Abdi", 7, "T501", ""),
    ("S505", "Sofia Petrov", 6, "T502", ""),
    ("S506", "Mateo García-López", 6, "T502", ""),
    ("S507", "Amara Okeke", 6, "T502", ""),
    ("S508", "William Chen", 6, "T502", "Will"),
    ("S509", "Zainab Al-Rashid", 8, "T503", ""),
    ("S510", "Jordan Price", 8, "T503", ""),
    ("S511", "Grace Kim", 8, "T503", ""),
    ("S512", "Thanh Nguyen", 8, "T503", ""),
    ("S513", "Malik Osei", 7, "T504", ""),
    ("S514", "Isabella De la Cruz", 7, "T504", "Izzy"),
    ("S515", "Dmitri Volkov", 7, "T504", ""),
    ("S516", "Chloé Baptiste", 6, "T505", ""),
    ("S517", "José Hernández", 6, "T505", "Pepe"),
    ("S518", "Fatima Diallo", 6, "T505", ""),
]

GDT = "group_discussion_transcript"
PTT = "peer_tutoring_transcript"
PPT = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
TON = "teacher_observation_note"
PN = "parent_note"

DOCS: list[dict] = []


def doc(name, teacher, fmt, text, truth, labels=(), meta=None):
    """fmt: docx | pdf | md | txt | cp1252 | utf16 | eml.

    truth: [(student_id, entry_type, entry_date, notes)]; labels: [(student_id, skill, level, quote)].
    """
    DOCS.append(
        dict(
            name=name,
            teacher=teacher,
            fmt=fmt,
            text=text,
            truth=list(truth),
            labels=list(labels),
            meta=meta or {},
        )
    )


# ---------------------------------------------------------------- T501 Ms. Okafor, ELA 7
doc(
    "Sofi journal wk3.docx",
    "T501",
    "docx",
    """# Reader's Notebook
Sofía R. - ELA 7, Period 3 - Ms. Okafor
Sept. 19
## Prompt: What was hard about this week's reading? What did you do about it?
Honestly the hardest part was starting. I kept telling myself I would do it after dinner and then it was 10 pm and I was too tired. This week I made a rule that I read 20 pages before I touch my phone and it actually worked three nights out of five.
I get frustrated when I don't understand the old-fashioned words and then I just want to quit, so now I write the word on a sticky note and keep going and look it up at the end.
## Prompt: How did your book club group work together?
Malik talks a lot but he has really good ideas. I think I need to let him finish before I jump in, because last time I cut him off and he stopped talking for the rest of the period.
## Prompt: One goal for next week
Finish chapter 9 by Thursday without my mom reminding me.
""",
    [("S501", RJ, "2025-09-19", "journal with teacher prompts; Malik mentioned only (classmate)")],
    [
        (
            "S501",
            "Task Initiation",
            "Developing",
            "This week I made a rule that I read 20 pages before I touch my phone and it actually worked three nights out of five.",
        ),
        (
            "S501",
            "Self-Management",
            "Developing",
            "I get frustrated when I don't understand the old-fashioned words and then I just want to quit, so now I write the word on a sticky note and keep going and look it up at the end.",
        ),
        (
            "S501",
            "Relationship Skills",
            "Developing",
            "I think I need to let him finish before I jump in, because last time I cut him off and he stopped talking for the rest of the period.",
        ),
    ],
    meta={"title": "Reader's Notebook - Sofi", "author": "Sofia Ramirez"},
)

doc(
    "book club 10-2 (recording).txt",
    "T501",
    "txt",
    """Book club - The Crossover - Period 3
Recorded on Ms. Okafor's phone, 10/2/25, transcribed by Otter

Ms. Okafor  0:04
Okay, table four, you're on. Who wants to start with the question about Josh and Jordan?

Malik  0:11
Me. So I think Josh is just jealous, like that's the whole thing, he's jealous of the girl. And also the part where he throws the ball, that's because-

Hope  0:20
Wait, can I-

Malik  0:21
-that's because he's mad, and, yeah. It's obvious.

Ms. Okafor  0:27
Hope, you wanted to add something?

Hope  0:29
I kind of disagree? Like on page 112 he says he misses his brother, so maybe it's not only jealous, maybe he's scared of losing him. I feel like you can be jealous and sad at the same time.

Yusuf  0:44
Yeah, that's true, because my older brother went to college and I was mad at him but really I just missed him. Malik, what do you think about the page Hope said?

Malik  0:53
I mean... okay maybe. I didn't read that page yet.

Sofi  0:58
We should each pick one page that proves our answer, then compare, so it's not just opinions. I'll write them down on the chart.

Ms. Okafor  1:07
Love that. Go ahead.
""",
    [
        ("S501", GDT, "2025-10-02", "speaker 'Sofi' = Sofía Ramírez (nickname)"),
        ("S502", GDT, "2025-10-02", ""),
        ("S503", GDT, "2025-10-02", ""),
        ("S504", GDT, "2025-10-02", ""),
    ],
    [
        (
            "S502",
            "Critical Thinking",
            "Emerging",
            "So I think Josh is just jealous, like that's the whole thing, he's jealous of the girl.",
        ),
        ("S502", "Collaboration", "Emerging", "-that's because he's mad, and, yeah. It's obvious."),
        (
            "S503",
            "Critical Thinking",
            "Proficient",
            "Like on page 112 he says he misses his brother, so maybe it's not only jealous, maybe he's scared of losing him.",
        ),
        (
            "S503",
            "Self-Awareness",
            "Proficient",
            "I feel like you can be jealous and sad at the same time.",
        ),
        (
            "S504",
            "Social Awareness",
            "Proficient",
            "Yeah, that's true, because my older brother went to college and I was mad at him but really I just missed him.",
        ),
        (
            "S504",
            "Collaboration",
            "Proficient",
            "Malik, what do you think about the page Hope said?",
        ),
        (
            "S501",
            "Collaboration",
            "Proficient",
            "We should each pick one page that proves our answer, then compare, so it's not just opinions.",
        ),
    ],
)

doc(
    "Re_ Malik - missing assignments.eml",
    "T501",
    "eml",
    """From: Terrence Johnson <tjohnson.family@mailbox.example>
To: Adaeze Okafor <a.okafor@tuning4.example>
Subject: Re: Malik - missing assignments
Date: Tue, 14 Oct 2025 20:41:07 -0500
Content-Type: text/plain; charset="utf-8"

Hi Ms. Okafor,

Thank you for the heads up. We had a long talk this weekend. He sat at the kitchen table on Sunday and made a list of every assignment he owed, then crossed them off one by one. He finished the two reading logs and the character map but he says the essay draft is still "in his head," so I don't think that one is done.

He also told me he doesn't like reading out loud in class because he's worried people will laugh when he messes up the words. I didn't know that. Maybe that is why he talks over people? Just a thought.

We will keep checking Google Classroom every night.

Terrence Johnson
(Malik's dad)

On Mon, Oct 13, 2025 at 3:52 PM Adaeze Okafor <a.okafor@tuning4.example> wrote:
> Good afternoon Mr. Johnson,
> I wanted to let you know Malik currently has four missing assignments in ELA. He is a strong
> thinker in discussions and I want his grade to show that. Could you check in with him this week?
> Best,
> Ms. Okafor
> ELA 7 | Room 214
""",
    [
        (
            "S502",
            PN,
            "2025-10-14",
            "parent email with teacher's quoted message; date = parent's reply",
        )
    ],
    [
        (
            "S502",
            "Planning & Prioritization",
            "Developing",
            "He sat at the kitchen table on Sunday and made a list of every assignment he owed, then crossed them off one by one.",
        ),
        (
            "S502",
            "Self-Awareness",
            "Developing",
            "He also told me he doesn't like reading out loud in class because he's worried people will laugh when he messes up the words.",
        ),
    ],
)

doc(
    "Hope N - writing conference.pdf",
    "T501",
    "pdf",
    """# Writing Conference Notes
Student: Hope Nguyen    Date: November 6    Unit: Personal Narrative
# What I noticed
Hope revised her opening paragraph three times before our conference without being asked, and brought all three versions to compare.
She explained that she cut most of the dialogue because the readers in her peer group were confused about who was talking, and replaced it with one line from her grandmother.
When I suggested moving the flashback, she thought about it and said she wanted to keep it because the reader should feel "lost like I was." She defended the choice clearly.
# Ratings (draft)
Communication: P
Task Initiation: P
# Next step
Tighten the ending; try reading it aloud to a partner.
""",
    [
        (
            "S503",
            TON,
            "2025-11-06",
            "student-teacher writing conference written by teacher -> observation note",
        )
    ],
    [
        (
            "S503",
            "Task Initiation",
            "Proficient",
            "Hope revised her opening paragraph three times before our conference without being asked, and brought all three versions to compare.",
        ),
        (
            "S503",
            "Communication",
            "Proficient",
            "She explained that she cut most of the dialogue because the readers in her peer group were confused about who was talking, and replaced it with one line from her grandmother.",
        ),
        (
            "S503",
            "Creativity & Innovation",
            "Proficient",
            'When I suggested moving the flashback, she thought about it and said she wanted to keep it because the reader should feel "lost like I was."',
        ),
    ],
    meta={"title": "Writing Conference - Hope N.", "author": "A. Okafor"},
)

doc(
    "exit ticket 11-20 found on floor.txt",
    "T501",
    "txt",
    """found on the floor after 3rd - no name!! (11/20)

Exit ticket: What is one strategy you used today when the text got confusing?

i reread the paragraph 2 times and then i asked my partner what "reluctant" meant. i still dont really get why the dad left tho. next time i will try the sticky note thing
""",
    [("ASK", "", "", "unsigned exit ticket; handwriting not identified - ask Ms. Okafor")],
)

doc(
    "Yusuf Abdi - Persuasive Speech.docx",
    "T501",
    "docx",
    """# Persuasive Speech - Transcript
ELA 7 Period 3 - Jan. 22, 2026
Typed by Ms. Okafor from the class recording. Speaker: Yusuf Abdi. Q&A after.
## Speech
YUSUF: Good morning. Imagine walking two hours every day just to get water that might make you sick. For my grandmother in Baidoa, Somalia, that was normal. Today, about two billion people in the world still don't have safe drinking water at home.
YUSUF: I'm not asking you to feel sorry. I'm asking you to look at causes. Drought is getting worse because of climate change, and when the rain fails, families leave their farms and move to camps. So water is not only a Somalia problem, it connects to how much energy we use here in our city.
YUSUF: I researched three solutions: sand dams, rainwater tanks, and solar pumps. Sand dams are cheapest, but they only work where there are seasonal rivers, so one answer doesn't fit everywhere.
YUSUF: So my ask is simple: our school's spring fundraiser should go to a well project run by a local Somali organization, not a big charity that takes a lot for overhead. Thank you.
## Questions
MS. OKAFOR: Questions for Yusuf? Hope.
HOPE: How do you know the numbers from that website are real, like who made the website?
YUSUF: Good question. The two billion number is from the World Health Organization and UNICEF report, and I checked it against another article, and they matched.
MALIK: That was actually really good bro.
MS. OKAFOR: Agreed. Nice eye contact, Yusuf.
""",
    [
        ("S504", PPT, "2026-01-22", "presenter"),
        ("S503", PPT, "2026-01-22", "asks a question in Q&A"),
        ("S502", PPT, "2026-01-22", "speaks one line in Q&A"),
    ],
    [
        (
            "S504",
            "Global Awareness",
            "Advanced",
            "So water is not only a Somalia problem, it connects to how much energy we use here in our city.",
        ),
        (
            "S504",
            "Communication",
            "Advanced",
            "Imagine walking two hours every day just to get water that might make you sick.",
        ),
        (
            "S504",
            "Critical Thinking",
            "Advanced",
            "Sand dams are cheapest, but they only work where there are seasonal rivers, so one answer doesn't fit everywhere.",
        ),
        (
            "S504",
            "Responsible Decision-Making",
            "Advanced",
            "So my ask is simple: our school's spring fundraiser should go to a well project run by a local Somali organization, not a big charity that takes a lot for overhead.",
        ),
        (
            "S504",
            "Digital Literacy",
            "Proficient",
            "The two billion number is from the World Health Organization and UNICEF report, and I checked it against another article, and they matched.",
        ),
        (
            "S503",
            "Critical Thinking",
            "Developing",
            "How do you know the numbers from that website are real, like who made the website?",
        ),
    ],
    meta={"title": "Persuasive Speech - Yusuf A.", "author": "Adaeze Okafor"},
)

doc(
    "phone call w Mrs Ramirez 2_10.txt",
    "T501",
    "cp1252",
    """Phone call – Mrs. Ramírez (Sofi's mom) – 2/10
Spoke in Spanish w/ help from Sr. Díaz (interpreter line).

• Mom says things at home are “muy diferente” since Christmas. Sofi set up her own planner with color tabs for each class and checks it every night before bed.
• Mom said Sofi told her “I don’t need you to check my planner anymore” and so far she has been right – no missing work in 3 weeks.
• Mom worried Sofi stays up too late finishing things because she won’t stop until everything is “perfect.”
• She helps her little brother with his reading homework at the kitchen table most nights.

Follow up: share the homework-time tips sheet (Spanish version).
""",
    [("S501", PN, "2026-02-10", "phone call notes with parent -> parent_note; Windows-1252 file")],
    [
        (
            "S501",
            "Organization",
            "Proficient",
            "Sofi set up her own planner with color tabs for each class and checks it every night before bed.",
        ),
        (
            "S501",
            "Self-Management",
            "Proficient",
            "Mom said Sofi told her “I don’t need you to check my planner anymore” and so far she has been right – no missing work in 3 weeks.",
        ),
    ],
)

doc(
    "called mom back.txt",
    "T501",
    "txt",
    """3/3 called mom back (left vm 2x before)

she says he has been staying up late on the xbox and is tired in the mornings, missed the bus twice. she will take the controller at 9. he told her he is "bored" in ELA but she thinks he is embarrassed about his grade. asked if he can get extra time on the essay -- said yes, until Friday.
""",
    [
        (
            "ASK",
            "",
            "",
            "no name; Ms. Okafor has two boys (Malik Johnson, Yusuf Abdi) - ask the teacher",
        )
    ],
)

doc(
    "Peer review - Malik for Hope.docx",
    "T501",
    "docx",
    """# Peer Review Form - Personal Narrative
Reviewer: Malik J.    Writer: Hope N.    Date: March 17
|Question|Your answer|
|What is one thing the writer did really well?|I liked how you started with the memory of your grandma's kitchen, it made me want to keep reading.|
|Where were you confused?|Maybe you could put the part about moving to Houston earlier because I got confused about when it happened.|
|One question for the writer|Did you ever go back to visit? Because I wanted to know that at the end.|
|Be kind, be specific, be helpful - circle one you did best|specific|
""",
    [
        ("S502", PF, "2026-03-17", "reviewer (wrote it)"),
        (
            "S503",
            PF,
            "2026-03-17",
            "writer whose essay is reviewed (subject); no labels for her from Malik's words",
        ),
    ],
    [
        (
            "S502",
            "Relationship Skills",
            "Proficient",
            "I liked how you started with the memory of your grandma's kitchen, it made me want to keep reading.",
        ),
        (
            "S502",
            "Communication",
            "Proficient",
            "Maybe you could put the part about moving to Houston earlier because I got confused about when it happened.",
        ),
    ],
    meta={"title": "Peer Review Form", "author": "Malik Johnson"},
)

doc(
    "Malik J obs notes April.md",
    "T501",
    "md",
    """**Observation – Malik J. – Apr. 15**

**Context:** Literature circles, choosing a final project format.

**Notes:**
Malik didn't blow up when his group voted against his comic-strip idea. He said "ok, fine, let's do yours but can we keep my title," and then moved on to helping with the script.
He waited for Sofi to finish her sentence twice today before talking (big change from October).
Still needed two reminders to get his Chromebook out and log in; once started, he worked steadily for 25 min.

**Rating:** Relationship Skills – Developing → Proficient?

**Next:** Give him the discussion-leader role next week.
""",
    [
        (
            "S502",
            TON,
            "2026-04-15",
            "Malik Johnson (T501), not Malik Osei (T504); Sofi mentioned only",
        )
    ],
    [
        (
            "S502",
            "Relationship Skills",
            "Developing",
            "Malik didn't blow up when his group voted against his comic-strip idea.",
        ),
        (
            "S502",
            "Inhibitory Control",
            "Developing",
            "He waited for Sofi to finish her sentence twice today before talking (big change from October).",
        ),
        (
            "S502",
            "Task Initiation",
            "Developing",
            "Still needed two reminders to get his Chromebook out and log in; once started, he worked steadily for 25 min.",
        ),
    ],
)


# ---------------------------------------------------------------- T502 Mr. Kowalczyk, Science 6
doc(
    "Science 6 - Period 4 (2025-09-24 10:02 GMT-4) - Transcript.docx",
    "T502",
    "docx",
    """# Science 6 - Period 4 - Transcript
Attendees: Daniel Kowalczyk, Sofia Petrov, Mateo Garcia Lopez, William Chen
## Transcript
Daniel Kowalczyk
00:00:05
Okay group two, you've got the graduated cylinder, the rocks, and the scale. Tell me your plan before you touch anything.
William Chen
00:00:14
First we weigh the rock, then we put water to 50 in the cylinder, then drop the rock and see how much it goes up, and that's the volume. Then mass divided by volume.
Mateo Garcia Lopez
00:00:27
Wait, what was the second step? The water to what?
William Chen
00:00:31
Fifty milliliters. I'll write the steps on the whiteboard so we don't forget.
Sofia Petrov
00:00:38
Can I do the pouring? I'm careful. Last year I broke one so now I go really slow.
Mateo Garcia Lopez
00:00:46
I already dropped the rock in, sorry. Is that bad?
Daniel Kowalczyk
00:00:50
It's okay, what can you do now?
Sofia Petrov
00:00:53
We could just read where the water is now and then take the rock out and read it again. It's the same difference, just backwards.
Daniel Kowalczyk
00:01:02
Nice thinking, Sofia.
""",
    [
        ("S505", GDT, "2025-09-24", "Google Meet transcript doc; date from the file name"),
        ("S506", GDT, "2025-09-24", "name appears without accent/hyphen"),
        ("S508", GDT, "2025-09-24", "appears as William Chen (nickname Will)"),
    ],
    [
        (
            "S508",
            "Working Memory",
            "Proficient",
            "First we weigh the rock, then we put water to 50 in the cylinder, then drop the rock and see how much it goes up, and that's the volume.",
        ),
        (
            "S508",
            "Organization",
            "Proficient",
            "I'll write the steps on the whiteboard so we don't forget.",
        ),
        (
            "S506",
            "Working Memory",
            "Emerging",
            "Wait, what was the second step? The water to what?",
        ),
        ("S506", "Inhibitory Control", "Emerging", "I already dropped the rock in, sorry."),
        ("S505", "Self-Awareness", "Proficient", "Last year I broke one so now I go really slow."),
        (
            "S505",
            "Cognitive Flexibility",
            "Proficient",
            "We could just read where the water is now and then take the rock out and read it again.",
        ),
    ],
    meta={"title": "Science 6 - Period 4 - Transcript", "author": "Google Meet"},
)

doc(
    "Mateo notes.txt",
    "T502",
    "txt",
    """Mateo GL - 10/8

Lost his lab sheet for the 2nd time this week. Found it crumpled in his hoodie pocket at the end of class.
Needed me to repeat the 3 steps of the procedure twice, then wrote them on his hand (his idea, honestly not bad).
Super enthusiastic about the owl pellets - first one at the table every time. Asked great "what if" questions: what if the owl ate something plastic, would it come out in the pellet?
Try: a folder that stays in the room. Seat away from the window.
""",
    [("S506", TON, "2025-10-08", "teacher's quick notes file")],
    [
        (
            "S506",
            "Organization",
            "Emerging",
            "Lost his lab sheet for the 2nd time this week. Found it crumpled in his hoodie pocket at the end of class.",
        ),
        (
            "S506",
            "Working Memory",
            "Developing",
            "Needed me to repeat the 3 steps of the procedure twice, then wrote them on his hand (his idea, honestly not bad).",
        ),
        (
            "S506",
            "Creativity & Innovation",
            "Developing",
            'Asked great "what if" questions: what if the owl ate something plastic, would it come out in the pellet?',
        ),
    ],
)

doc(
    "Amara reflection - science fair idea.pdf",
    "T502",
    "pdf",
    """# Science Fair Reflection
Amara Okeke - Science 6 - Nov. 12, 2025
# 1. What is your question and why did you pick it?
I want to test whether the bitter leaf my grandmother puts in soup can keep bread from molding. If it works, it could help families who do not have refrigerators, like in my grandmother's village near Enugu in Nigeria, where food goes bad fast in the heat.
# 2. What could go wrong? What is your plan?
I made a backup plan in case the bread molds too fast: I will check it every 12 hours instead of every day, and I asked Mr. K for a second shelf in case my first batch gets knocked over. I also wrote down the dates in my science notebook so I know when each part is due.
# 3. How do you feel about your project so far?
Excited but also nervous, because what if it does not work and everyone thinks it was a silly idea. But even if it does not work that is still an answer.
""",
    [("S507", RJ, "2025-11-12", "reflection form with teacher prompts, exported PDF")],
    [
        (
            "S507",
            "Creativity & Innovation",
            "Advanced",
            "I want to test whether the bitter leaf my grandmother puts in soup can keep bread from molding.",
        ),
        (
            "S507",
            "Global Awareness",
            "Proficient",
            "If it works, it could help families who do not have refrigerators, like in my grandmother's village near Enugu in Nigeria, where food goes bad fast in the heat.",
        ),
        (
            "S507",
            "Planning & Prioritization",
            "Advanced",
            "I made a backup plan in case the bread molds too fast: I will check it every 12 hours instead of every day, and I asked Mr. K for a second shelf in case my first batch gets knocked over.",
        ),
        (
            "S507",
            "Self-Awareness",
            "Proficient",
            "Excited but also nervous, because what if it does not work and everyone thinks it was a silly idea.",
        ),
    ],
    meta={"title": "Science Fair Reflection", "author": "Amara Okeke"},
)

doc(
    "Will + Mateo tutoring 12-4.txt",
    "T502",
    "utf16",
    """Peer tutoring - metric conversions - Thurs 12/4
(recorded in the back lab, Mr. K checking in)

(0:02) WILL: Okay so you know King Henry? Kilo, hecto, deca, base, deci, centi, milli.
(0:09) MATEO: King Henry what?
(0:11) WILL: It's a trick. King Henry Died By Drinking Chocolate Milk. Each word is one jump. So if you go from meters to centimeters that's two jumps to the right, so you move the decimal two.
(0:24) MATEO: So 3 meters is... 300 centimeters?
(0:27) WILL: Yes! See, you got it. Now you try one without me.
(0:31) MATEO: Okay 45 milliliters to liters. That's three jumps left. 0.045. Wait I'm actually getting this.
(0:40) MR. K: How's it going over here?
(0:42) MATEO: Good. I used to just guess and now I'm counting the jumps. I wrote the King Henry thing on my folder so I have it for the test.
(0:50) WILL: He only needed help on the first two, honestly. I'm just checking.
""",
    [
        ("S508", PTT, "2025-12-04", "tutor; UTF-16 file"),
        ("S506", PTT, "2025-12-04", "tutee"),
    ],
    [
        (
            "S508",
            "Communication",
            "Proficient",
            "Each word is one jump. So if you go from meters to centimeters that's two jumps to the right, so you move the decimal two.",
        ),
        (
            "S508",
            "Relationship Skills",
            "Advanced",
            "Yes! See, you got it. Now you try one without me.",
        ),
        (
            "S506",
            "Self-Awareness",
            "Developing",
            "I used to just guess and now I'm counting the jumps.",
        ),
        (
            "S506",
            "Organization",
            "Developing",
            "I wrote the King Henry thing on my folder so I have it for the test.",
        ),
    ],
)

doc(
    "email from Petrov family.eml",
    "T502",
    "eml",
    """From: Irina Petrova <irina.petrova@mailbox.example>
To: d.kowalczyk@tuning4.example
Subject: Sofia project
Date: Mon, 5 Jan 2026 07:12:55 -0500
Content-Type: text/plain; charset="utf-8"

Dear Mr. Kowalczyk,

Happy New Year. I write to say thank you for the volcano project. Sofia was very proud. She did not give up when the model collapsed, she rebuilt it two times in the garage and the second time she added cardboard inside so it is strong.

One thing I notice: she wants to do everything alone and does not like when her brother help. Maybe in school it is same? Please tell me if she is not working well with others.

Best regards,
Irina Petrova

-----Original Message-----
From: Daniel Kowalczyk
Sent: Friday, December 19, 2025 2:30 PM
Subject: Science 6 winter project
Families, the optional winter project is a model of a geological feature...
""",
    [
        (
            "S505",
            PN,
            "2026-01-05",
            "mother's surname is Petrova (Russian feminine form) - same family as Sofia Petrov",
        )
    ],
    [
        (
            "S505",
            "Self-Management",
            "Proficient",
            "She did not give up when the model collapsed, she rebuilt it two times in the garage and the second time she added cardboard inside so it is strong.",
        ),
        (
            "S505",
            "Collaboration",
            "Developing",
            "she wants to do everything alone and does not like when her brother help.",
        ),
    ],
)

doc(
    "P4 science fair presentations.docx",
    "T502",
    "docx",
    """# Science Fair Practice Presentations - P4
February 5th
## Amara O. - Can bitter leaf stop bread mold?
[Amara]: My question was, can bitter leaf extract slow down mold on bread. I had three groups: no leaf, a little leaf, and a lot of leaf, and I kept everything else the same, same bread, same shelf, same bag.
[Amara]: The surprising part is the a-little-leaf group molded slower than the a-lot group. I think maybe the extra water from the leaves made it wetter, so next time I would dry the leaves first.
[Amara]: I also want to say thank you to Sofia because she helped me count the mold spots when I was absent.
[Mr. K]: Questions from the audience?
[Sofia P.]: Did you do it more than one time? Because if you only did it once maybe it was luck.
[Amara]: I did it twice. The second time was the same pattern but I want to do a third.
[Chloe - visiting from Mrs. R-W's advisory]: Can you eat the bread after?
[Amara]: No! Please don't.
""",
    [
        ("S507", PPT, "2026-02-05", "presenter"),
        (
            "S505",
            PPT,
            "2026-02-05",
            "asks question in Q&A; 'Sofia P.' = Sofia Petrov (not Sofía Ramírez of T501)",
        ),
    ],
    [
        (
            "S507",
            "Critical Thinking",
            "Advanced",
            "I think maybe the extra water from the leaves made it wetter, so next time I would dry the leaves first.",
        ),
        (
            "S507",
            "Communication",
            "Proficient",
            "I had three groups: no leaf, a little leaf, and a lot of leaf, and I kept everything else the same, same bread, same shelf, same bag.",
        ),
        (
            "S505",
            "Critical Thinking",
            "Proficient",
            "Did you do it more than one time? Because if you only did it once maybe it was luck.",
        ),
    ],
    meta={"title": "Science Fair Practice - P4", "author": "D. Kowalczyk"},
)

doc(
    "kowalczyk obs 3-11.md",
    "T502",
    "md",
    """**Quick obs — 3/11/26 — Will C.**

**During quiz:** Will put his phone in the front pocket of his backpack and zipped it before the quiz started, without anyone saying anything. He also moved his seat away from the pencil sharpener "because people keep walking by."

**After quiz:** Finished early and quietly started the extension problems. When Mateo asked him for the answer to #4 he said "I can't, but I'll explain it after."

**Inhibitory Control — A**
""",
    [("S508", TON, "2026-03-11", "Mateo mentioned only; rating line not quotable")],
    [
        (
            "S508",
            "Inhibitory Control",
            "Advanced",
            "Will put his phone in the front pocket of his backpack and zipped it before the quiz started, without anyone saying anything.",
        ),
        (
            "S508",
            "Responsible Decision-Making",
            "Proficient",
            "When Mateo asked him for the answer to #4 he said \"I can't, but I'll explain it after.\"",
        ),
        (
            "S508",
            "Task Initiation",
            "Proficient",
            "Finished early and quietly started the extension problems.",
        ),
    ],
)

doc(
    "ecosystems discussion zoom 4-16.txt",
    "T502",
    "txt",
    """Zoom meeting transcript - Science 6 remote day (snow make-up)
2026-04-16

[00:03:12] Daniel Kowalczyk: Okay breakout group, the question is what happens to the pond if we take out all the frogs.
[00:03:20] Amara Okeke: The insects would go up because nothing eats them, and then maybe the fish have more food, but the snakes that eat frogs would have less.
[00:03:34] Mateo Garcia: I think the pond would dry up.
[00:03:38] Sofia Petrov: Why would it dry up though?
[00:03:41] Mateo Garcia: Oh wait, no, I was thinking about the other thing. Never mind. The mosquitoes would go up! So more people get bit.
[00:03:50] Amara Okeke: Mateo that's good actually, that's the people part. Can you write that in the doc? Sofia can do the snake arrow and I'll do the fish.
[00:04:02] Sofia Petrov: Okay. I'm sharing my screen so everybody can see the web.
""",
    [
        ("S507", GDT, "2026-04-16", ""),
        ("S506", GDT, "2026-04-16", "'Mateo Garcia' = Mateo García-López"),
        ("S505", GDT, "2026-04-16", ""),
    ],
    [
        (
            "S507",
            "Critical Thinking",
            "Proficient",
            "The insects would go up because nothing eats them, and then maybe the fish have more food, but the snakes that eat frogs would have less.",
        ),
        (
            "S507",
            "Collaboration",
            "Advanced",
            "Mateo that's good actually, that's the people part. Can you write that in the doc? Sofia can do the snake arrow and I'll do the fish.",
        ),
        (
            "S506",
            "Cognitive Flexibility",
            "Developing",
            "Oh wait, no, I was thinking about the other thing. Never mind. The mosquitoes would go up!",
        ),
        (
            "S505",
            "Digital Literacy",
            "Developing",
            "I'm sharing my screen so everybody can see the web.",
        ),
    ],
)

doc(
    "lab safety reflection.docx",
    "T502",
    "docx",
    """# Lab Safety Reflection
Name: ____________    Period: 4    9/12
## Why do we wear goggles even for "safe" labs?
Because you dont know if something will splash. my cousin got bleach in his eye once and it was really bad.
## One rule you think is hard to follow
Not touching stuff before Mr. K says. I always want to start.
""",
    [
        (
            "ASK",
            "",
            "",
            "name line left blank, typed from a scanned sheet; cannot tell which P4 student - ask Mr. Kowalczyk",
        )
    ],
)


# ---------------------------------------------------------------- T503 Ms. Tran, Social Studies 8
doc(
    "Socratic seminar 9-30 transcript.pdf",
    "T503",
    "pdf",
    """# Socratic Seminar - Should the voting age be 16?
US History 8 / Ms. Tran / Sept 30 / inner circle, typed from audio
TRAN: Opening question. Should 16-year-olds be allowed to vote in city elections?
ZAINAB: I think yes, but only for local elections at first. The article from the city council says the turnout is lowest for people 18 to 24, and one reason is they just moved away from home. If you start voting at 16 while you still live in one place, you build the habit. But the other article says that in Takoma Park only like 17 percent of teens voted, so maybe it doesn't work as well as people say.
JORDAN: Idk. No.
TRAN: Can you say more, Jordan?
JORDAN: Kids are dumb. Like my friends would vote for whoever is funny.
GRACE: I kind of get what Jordan means, like he's worried people will not take it seriously. But Zainab's point is about habit. Maybe you both agree it only works if there is a class that teaches you about it first?
THANH: I agree with Grace.
TRAN: Thanh, why?
THANH: Because... the class part. Yes.
""",
    [
        ("S509", GDT, "2025-09-30", "seminar = group discussion"),
        ("S510", GDT, "2025-09-30", ""),
        ("S511", GDT, "2025-09-30", ""),
        ("S512", GDT, "2025-09-30", ""),
    ],
    [
        (
            "S509",
            "Critical Thinking",
            "Advanced",
            "But the other article says that in Takoma Park only like 17 percent of teens voted, so maybe it doesn't work as well as people say.",
        ),
        ("S510", "Communication", "Emerging", "Idk. No."),
        (
            "S510",
            "Social Awareness",
            "Emerging",
            "Kids are dumb. Like my friends would vote for whoever is funny.",
        ),
        (
            "S511",
            "Social Awareness",
            "Advanced",
            "I kind of get what Jordan means, like he's worried people will not take it seriously.",
        ),
        (
            "S511",
            "Collaboration",
            "Advanced",
            "Maybe you both agree it only works if there is a class that teaches you about it first?",
        ),
        ("S512", "Communication", "Emerging", "Because... the class part. Yes."),
    ],
    meta={"title": "Socratic Seminar 1", "author": "Linh Tran"},
)

doc(
    "Jordan - grace period note.txt",
    "T503",
    "txt",
    """10/16/2025  Jordan P.

Gave Jordan a grace period on the DBQ until Monday (he was out 2 days). Grace and Thanh offered to share notes - told them I'd handle it.

In class today: Jordan started the DBQ only after I sat next to him and broke it into 3 chunks. Once he had the first chunk done he kept going on his own for about 15 minutes.
He lost his source packet again; I printed another one. Suggest a class folder.
""",
    [
        (
            "S510",
            TON,
            "2025-10-16",
            "'grace period' is an ordinary phrase; Grace Kim and Thanh only mentioned",
        )
    ],
    [
        (
            "S510",
            "Task Initiation",
            "Developing",
            "Jordan started the DBQ only after I sat next to him and broke it into 3 chunks. Once he had the first chunk done he kept going on his own for about 15 minutes.",
        ),
        (
            "S510",
            "Organization",
            "Emerging",
            "He lost his source packet again; I printed another one.",
        ),
    ],
)

doc(
    "Thanh - journal entries.docx",
    "T503",
    "docx",
    """# Social Studies Journal
Thanh Nguyen, 8th grade
## Nov 18 - Prompt: Think about the seminars so far. What do you notice about yourself?
I noticed that when I feel embarrassed about my English I go quiet, and then people think I don't have an opinion, but I do. My goal for this semester is to speak once every seminar even if it's short, and to write my point on a card before so I am ready.
## Prompt: What is something you understand now that you didn't before?
In Vietnam my grandpa could not vote for the leader, there is only one party. So when we talked about voting age I was surprised people here don't vote even when they can. I want to ask my grandpa more about this.
""",
    [("S512", RJ, "2025-11-18", "")],
    [
        (
            "S512",
            "Self-Awareness",
            "Advanced",
            "I noticed that when I feel embarrassed about my English I go quiet, and then people think I don't have an opinion, but I do.",
        ),
        (
            "S512",
            "Planning & Prioritization",
            "Proficient",
            "My goal for this semester is to speak once every seminar even if it's short, and to write my point on a card before so I am ready.",
        ),
        (
            "S512",
            "Global Awareness",
            "Proficient",
            "So when we talked about voting age I was surprised people here don't vote even when they can.",
        ),
    ],
    meta={"title": "SS Journal", "author": "Thanh Nguyen"},
)

doc(
    "Mrs Nguyen email.txt",
    "T503",
    "cp1252",
    """From: Lan Nguyen
Sent: Tuesday, December 9, 2025 6:05 PM
To: Tran, Linh
Subject: Thanh – homework

Chào cô Tran – sorry, I write in English for the school.

Thanh says he has a project on immigration. He asks his grandfather many questions at dinner now and writes the answers in his notebook. He is translating the school letters for his grandparents and he explains the news to them in Vietnamese when they do not understand.

He is shy at school, I know. At home he talks a lot!

Thank you,
Lan Nguyen (mother of Thanh, 8th grade)
""",
    [
        (
            "S512",
            PN,
            "2025-12-09",
            "Thanh Nguyen (T503), not Hope Nguyen (T501): email addressed to Ms. Tran; Windows-1252 file",
        )
    ],
    [
        (
            "S512",
            "Communication",
            "Proficient",
            "He is translating the school letters for his grandparents and he explains the news to them in Vietnamese when they do not understand.",
        ),
        (
            "S512",
            "Global Awareness",
            "Developing",
            "He asks his grandfather many questions at dinner now and writes the answers in his notebook.",
        ),
    ],
)

doc(
    "exit tickets 1-13 unit 5.md",
    "T503",
    "md",
    """# Exit tickets — Tues 1/13 — Unit 5 Industrial Revolution

**Q: Was the factory system good or bad for workers? One reason.**

**Zainab:** Both. Wages were steady but kids my age worked 12-hour days, so "good" depends on who you ask — the owner or the kid.

**Grace:** Bad for workers but I can see why families went, farming was failing. I would have probably gone too if my family was hungry.

**Jordan:** bad because of the kids working. I used two sources this time (the Lowell letter and the chart).

**(no name):** good because more stuff
""",
    [
        ("S509", RJ, "2026-01-13", "one file holds several students' exit tickets"),
        ("S511", RJ, "2026-01-13", ""),
        ("S510", RJ, "2026-01-13", "unnamed fourth ticket gets no row"),
    ],
    [
        (
            "S509",
            "Critical Thinking",
            "Advanced",
            'Wages were steady but kids my age worked 12-hour days, so "good" depends on who you ask — the owner or the kid.',
        ),
        (
            "S511",
            "Social Awareness",
            "Proficient",
            "Bad for workers but I can see why families went, farming was failing.",
        ),
        (
            "S510",
            "Critical Thinking",
            "Developing",
            "I used two sources this time (the Lowell letter and the chart).",
        ),
    ],
)

doc(
    "Grace K peer feedback on Zainab.pdf",
    "T503",
    "pdf",
    """# Peer Feedback - Practice Presentation
Reviewer: Grace Kim    Presenter: Zainab Al-Rashid    2/24/26
# Glow (what worked)
Your map of where refugees from Syria went was really clear, I finally understood why so many went to Turkey and Lebanon first.
# Grow (what to improve)
You talked fast at the end, maybe because you were nervous. I would slow down on the last slide because that is your main point. Also I think you should say where the second chart came from.
# Question
Are you going to talk about your family? Only if you want to.
""",
    [
        ("S511", PF, "2026-02-24", "reviewer (wrote it)"),
        (
            "S509",
            PF,
            "2026-02-24",
            "presenter being reviewed (subject); no labels from Grace's words",
        ),
    ],
    [
        (
            "S511",
            "Communication",
            "Proficient",
            "I would slow down on the last slide because that is your main point.",
        ),
        (
            "S511",
            "Social Awareness",
            "Advanced",
            "Are you going to talk about your family? Only if you want to.",
        ),
        (
            "S511",
            "Digital Literacy",
            "Developing",
            "Also I think you should say where the second chart came from.",
        ),
    ],
    meta={"title": "Peer Feedback", "author": "Grace Kim"},
)

doc(
    "Zainab Al-Rashid - Refugee Policy Presentation.docx",
    "T503",
    "docx",
    """# Unit 6 Presentation - Who Gets to Be a Refugee?
Presenter: Zainab Al-Rashid    March 3, 2026    Recorded in class, transcribed by Ms. Tran
## Presentation
Zainab Al-Rashid (03:10): My family came from Aleppo when I was four, so this topic is personal, but I tried to look at it like a historian, not just from my own story.
Zainab Al-Rashid (04:02): I checked this statistic on two sites, because the first one was a blog run by an advocacy group, so it might be biased. The UNHCR number was a little lower, so I used that one.
Zainab Al-Rashid (05:30): My proposal is that our city's welcome center should hire student interpreters, because kids often learn English first and end up translating for their parents anyway. I already emailed the center and they said they would meet with our class.
## Q&A
Ms. Tran (07:15): Questions? Thanh.
Thanh Nguyen (07:18): I translate for my grandparents too. Would the interpreters get paid? Because that is a lot of work.
Zainab Al-Rashid (07:25): That's a really good point, I didn't think about that. I'll add it to the proposal.
Jordan Price (07:40): How many people came from Syria to here, like to our state?
Zainab Al-Rashid (07:44): I don't know the state number, I can look it up for you.
""",
    [
        ("S509", PPT, "2026-03-03", "presenter"),
        ("S512", PPT, "2026-03-03", "Q&A"),
        ("S510", PPT, "2026-03-03", "Q&A"),
    ],
    [
        (
            "S509",
            "Digital Literacy",
            "Advanced",
            "I checked this statistic on two sites, because the first one was a blog run by an advocacy group, so it might be biased.",
        ),
        (
            "S509",
            "Global Awareness",
            "Advanced",
            "My proposal is that our city's welcome center should hire student interpreters, because kids often learn English first and end up translating for their parents anyway.",
        ),
        (
            "S509",
            "Task Initiation",
            "Advanced",
            "I already emailed the center and they said they would meet with our class.",
        ),
        (
            "S509",
            "Cognitive Flexibility",
            "Proficient",
            "That's a really good point, I didn't think about that. I'll add it to the proposal.",
        ),
        (
            "S512",
            "Critical Thinking",
            "Proficient",
            "Would the interpreters get paid? Because that is a lot of work.",
        ),
        ("S512", "Communication", "Developing", "I translate for my grandparents too."),
        (
            "S510",
            "Global Awareness",
            "Developing",
            "How many people came from Syria to here, like to our state?",
        ),
    ],
    meta={"title": "Unit 6 Presentation - Zainab A.", "author": "Linh Tran"},
)

doc(
    "unsigned exit ticket.txt",
    "T503",
    "txt",
    """4/2 - exit ticket, 5th period, no name

What's one question you still have about the Great Migration?

why did they go to chicago and not somewhere closer?? my great grandma went to detroit but she never said why
""",
    [("ASK", "", "", "unsigned; Ms. Tran has four students - ask the teacher")],
)

doc(
    "Jordan Price conference w dad.docx",
    "T503",
    "docx",
    """# Parent Conference
Jordan Price - 8th grade - April 21
Present: Mr. Price (father), Ms. Tran, Mr. Alvarez (counselor)
## Dad's report
Dad says Jordan has been getting himself up for school with his own alarm since spring break, which he never did before.
Dad reported that Jordan said "Ms. Tran's class is the only one where I get to argue," and that he has been watching the news with his dad and asking why people believe different things.
Jordan still waits until Sunday night for everything; dad has started a "no phone until homework" rule.
## Teacher notes
Jordan's DBQ scores went from 1 to 3. He argues from evidence now when he has a graphic organizer.
## Plan
Weekly planner check with Mr. Alvarez. Revisit in May.
""",
    [
        (
            "S510",
            PN,
            "2026-04-21",
            "parent conference notes -> parent_note (dad's report is the core); teacher-narrative section labelled too",
        )
    ],
    [
        (
            "S510",
            "Self-Management",
            "Developing",
            "Dad says Jordan has been getting himself up for school with his own alarm since spring break, which he never did before.",
        ),
        (
            "S510",
            "Critical Thinking",
            "Developing",
            "he has been watching the news with his dad and asking why people believe different things.",
        ),
        (
            "S510",
            "Planning & Prioritization",
            "Emerging",
            'Jordan still waits until Sunday night for everything; dad has started a "no phone until homework" rule.',
        ),
    ],
)

doc(
    "seminar 4 - Meet transcript (May).docx",
    "T503",
    "docx",
    """# US History 8 - Seminar 4 - Transcript
May 14 - Google Meet (hybrid; two students at home)
## Transcript
Linh Tran: 00:00:10
Last seminar of the year. Has the Civil Rights Movement ended, or is it still going?
Thanh Nguyen: 00:00:21
I wrote my point on a card like in my goal. I think it is still going, because the article about the voting lines says some people wait five hours and some wait ten minutes. That is not equal.
Zainab Al-Rashid: 00:00:38
Can I build on Thanh? The five hours is in specific counties. Do we know why? Is it fewer machines, or fewer polling places?
Grace Kim: 00:00:50
I don't know but we should check who wrote that article first. Jordan, you had the map, right?
Jordan Price: 00:00:58
Yeah. The map shows the places with long lines are mostly in cities. I don't think it's on purpose but it still isn't fair to them.
Thanh Nguyen: 00:01:10
Before I was scared to talk, now I talk first. I didn't wait for somebody to ask me.
""",
    [
        ("S512", GDT, "2026-05-14", ""),
        ("S509", GDT, "2026-05-14", ""),
        ("S511", GDT, "2026-05-14", ""),
        ("S510", GDT, "2026-05-14", ""),
    ],
    [
        (
            "S512",
            "Communication",
            "Proficient",
            "I think it is still going, because the article about the voting lines says some people wait five hours and some wait ten minutes. That is not equal.",
        ),
        (
            "S512",
            "Self-Management",
            "Proficient",
            "Before I was scared to talk, now I talk first. I didn't wait for somebody to ask me.",
        ),
        (
            "S509",
            "Critical Thinking",
            "Advanced",
            "Do we know why? Is it fewer machines, or fewer polling places?",
        ),
        (
            "S511",
            "Digital Literacy",
            "Proficient",
            "I don't know but we should check who wrote that article first.",
        ),
        ("S511", "Collaboration", "Proficient", "Jordan, you had the map, right?"),
        (
            "S510",
            "Social Awareness",
            "Proficient",
            "I don't think it's on purpose but it still isn't fair to them.",
        ),
    ],
    meta={"title": "Seminar 4 Transcript", "author": "Linh Tran"},
)


# ---------------------------------------------------------------- T504 Mr. Bell, Math 7
doc(
    "bell notes 9-15.txt",
    "T504",
    "txt",
    """9/15 - 3rd pd

Malik blurted out the answer 4 times during the warm-up before anyone else could think. When I asked him to wait he put his head down for the rest of the warm-up.
Izzy helped the new student find the page without being asked.
Dmitri - no pencil, no notebook, again.
""",
    [
        (
            "S513",
            TON,
            "2025-09-15",
            "Malik = Malik Osei (only Malik in Mr. Bell's class; Malik Johnson is T501)",
        ),
        ("S514", TON, "2025-09-15", "Izzy = Isabella De la Cruz; one-line observation"),
        ("S515", TON, "2025-09-15", "one-line observation"),
    ],
    [
        (
            "S513",
            "Inhibitory Control",
            "Emerging",
            "Malik blurted out the answer 4 times during the warm-up before anyone else could think.",
        ),
        (
            "S513",
            "Self-Management",
            "Emerging",
            "When I asked him to wait he put his head down for the rest of the warm-up.",
        ),
        (
            "S514",
            "Social Awareness",
            "Proficient",
            "Izzy helped the new student find the page without being asked.",
        ),
        ("S515", "Organization", "Emerging", "Dmitri - no pencil, no notebook, again."),
    ],
)

doc(
    "Izzy De la Cruz math reflection.pdf",
    "T504",
    "pdf",
    """# Math Reflection - Unit 2 Ratios
Isabella "Izzy" De la Cruz - Oct. 21
# What strategy worked for you this unit?
When the tape diagram didn't work for the lemonade problem I switched to making a table and that worked better. Now I try the table first if there are lots of numbers and the tape diagram if it's simple.
# What is still hard?
Word problems where they change the units in the middle. I get mad at myself when I miss something easy.
# How did you help your group?
I showed Dmitri how to label the table so he could check his own answers, instead of just telling him.
""",
    [("S514", RJ, "2025-10-21", "Dmitri mentioned only")],
    [
        (
            "S514",
            "Cognitive Flexibility",
            "Advanced",
            "Now I try the table first if there are lots of numbers and the tape diagram if it's simple.",
        ),
        ("S514", "Self-Awareness", "Developing", "I get mad at myself when I miss something easy."),
        (
            "S514",
            "Relationship Skills",
            "Advanced",
            "I showed Dmitri how to label the table so he could check his own answers, instead of just telling him.",
        ),
    ],
    meta={"title": "Math Reflection Unit 2", "author": "Izzy"},
)

doc(
    "tutoring - Zainab and Dmitri (audio transcript).txt",
    "T504",
    "txt",
    """Math Lab after school - Thursday, November 13, 2025
MB = Mr. Bell, ZA = Zainab (8th gr NHS tutor), DV = Dmitri

MB: Zainab's going to work with you on the integer stuff today, Dmitri. I'll be at my desk.
ZA: Okay so what's negative 7 plus 4?
DV: Eleven. No. I don't know. I hate negatives.
ZA: That's fine, let's use the number line. Start at negative 7, and plus means go right.
DV: So... 1, 2, 3, 4... negative 3?
ZA: Yes! See, you did that yourself.
DV: Can we do one more like that? I want to try without the line.
ZA: Negative 2 plus negative 5.
DV: Negative 7. Because they're both going left. Oh that's easy actually.
DV: I forgot my notebook again so can I take a picture of the number line on your phone?
""",
    [
        (
            "S515",
            PTT,
            "2025-11-13",
            "tutor Zainab Al-Rashid is in Ms. Tran's class (T503), so she gets no row here",
        )
    ],
    [
        ("S515", "Self-Management", "Emerging", "Eleven. No. I don't know. I hate negatives."),
        (
            "S515",
            "Task Initiation",
            "Developing",
            "Can we do one more like that? I want to try without the line.",
        ),
        (
            "S515",
            "Organization",
            "Emerging",
            "I forgot my notebook again so can I take a picture of the number line on your phone?",
        ),
    ],
)

doc(
    "Re_ Re_ homework - Volkov.eml",
    "T504",
    "eml",
    """From: Olga Volkova <ovolkova@mailbox.example>
To: "Bell, Marcus" <m.bell@tuning4.example>
Subject: Re: Re: homework
Date: Tue, 2 Dec 2025 21:15:40 -0500
Content-Type: text/plain; charset="utf-8"

Mr. Bell,

Yes he showed me the number line trick. He was teaching it to his little sister at dinner! I have never seen him explain math before. He says he is not "bad at math" anymore, only "slow at negatives."

But he still leaves the worksheet in the car. I bought him a red folder only for math.

Olga

> On Dec 2, 2025, Marcus Bell wrote:
> Hi Ms. Volkova, Dmitri has made real progress on integers in math lab with his tutor.
> Could you ask him to show you the number line method? He's been missing homework pages.
> -- Marcus Bell, Math 7
>
> Sent from my iPhone
""",
    [("S515", PN, "2025-12-02", "")],
    [
        (
            "S515",
            "Communication",
            "Developing",
            "He was teaching it to his little sister at dinner! I have never seen him explain math before.",
        ),
        (
            "S515",
            "Self-Awareness",
            "Developing",
            'He says he is not "bad at math" anymore, only "slow at negatives."',
        ),
        ("S515", "Organization", "Emerging", "But he still leaves the worksheet in the car."),
    ],
)

doc(
    "group work P6 - ratios (transcript).docx",
    "T504",
    "docx",
    """# Math 7 P6 - Group task: Best deal on phone plans
2026-01-27 (Meet recording, auto transcript)
## Transcript
Marcus Bell: 00:01:03
You have three plans. Figure out which one is best for someone who uses 8 gigs a month. Go.
Malik Osei: 00:01:15
Plan B. It's obviously B.
Isabella De la Cruz: 00:01:19
Maybe, but let's each do one plan so it's faster. Malik you do A, Dmitri B, I'll do C, and then we compare.
Dmitri Volkov: 00:01:30
Okay. B is 25 dollars plus 3 dollars a gig over 5, so 25 plus 9 is 34.
Malik Osei: 00:01:41
A is 40 flat. Hold on, I'm not gonna say the answer before I finish this time. Okay, 40.
Isabella De la Cruz: 00:01:55
C is 10 a gig, that's 80. So B wins for 8 gigs, but if you use like 15 gigs A is better. So it depends on the person.
Malik Osei: 00:02:08
So I was right but for the wrong reason. Okay that's fair.
""",
    [
        ("S513", GDT, "2026-01-27", ""),
        ("S514", GDT, "2026-01-27", "full name Isabella (nickname Izzy)"),
        ("S515", GDT, "2026-01-27", ""),
    ],
    [
        (
            "S514",
            "Collaboration",
            "Advanced",
            "Maybe, but let's each do one plan so it's faster. Malik you do A, Dmitri B, I'll do C, and then we compare.",
        ),
        (
            "S514",
            "Critical Thinking",
            "Advanced",
            "So B wins for 8 gigs, but if you use like 15 gigs A is better. So it depends on the person.",
        ),
        (
            "S515",
            "Working Memory",
            "Proficient",
            "B is 25 dollars plus 3 dollars a gig over 5, so 25 plus 9 is 34.",
        ),
        (
            "S513",
            "Inhibitory Control",
            "Developing",
            "Hold on, I'm not gonna say the answer before I finish this time.",
        ),
        (
            "S513",
            "Self-Awareness",
            "Proficient",
            "So I was right but for the wrong reason. Okay that's fair.",
        ),
    ],
)

doc(
    "malik o - goal check in.txt",
    "T504",
    "txt",
    """Goal check-in   2/12
Name: Malik Osei

My goal: start the warm up without being told

How is it going?
I need fewer reminders now to start my warm up. In September Mr. Bell had to tell me like 3 times and now it's like once a week. I put my calculator and notebook out when I walk in so I'm ready.

What will you try next?
Raise my hand and count to 5 before I say the answer so other people get a turn.
""",
    [("S513", RJ, "2026-02-12", "goal check-in sheet -> reflection_journal")],
    [
        (
            "S513",
            "Task Initiation",
            "Proficient",
            "I need fewer reminders now to start my warm up. In September Mr. Bell had to tell me like 3 times and now it's like once a week.",
        ),
        (
            "S513",
            "Organization",
            "Proficient",
            "I put my calculator and notebook out when I walk in so I'm ready.",
        ),
        (
            "S513",
            "Inhibitory Control",
            "Developing",
            "Raise my hand and count to 5 before I say the answer so other people get a turn.",
        ),
    ],
)

doc(
    "note to self 3-5.txt",
    "T504",
    "txt",
    """3/5 - my quiet one in 3rd period finally asked for help today!! came up after the bell and said "I don't get the slope thing and I didn't want to ask in front of everyone." worked w/ them 10 min at lunch. check in Mon.
""",
    [("ASK", "", "", "'my quiet one' - not identifiable from the text; ask Mr. Bell")],
)

doc(
    "Stats project presentations 4_30.pdf",
    "T504",
    "pdf",
    """# Statistics Project Presentations
Math 7 - Period 3 - 4/30/26
# Izzy D. and Dmitri V. - How much sleep do 7th graders get?
IZZY: We surveyed 62 seventh graders with Google Forms. Then I made the chart in Sheets, but the first chart was wrong because it counted the blank answers as zero, so I fixed the range and made a new one.
IZZY: Our median was 7.5 hours, but the mean was lower, 6.9, because a few people said like 3 hours. We think some people were joking, so we showed both.
DMITRI: My part was the box plot. I made it by hand first and then on Desmos to check. It took me two tries.
DMITRI: We finished one day early because we made a checklist with who does what.
MR. BELL: Questions? Malik.
MALIK: How do you know people told the truth?
IZZY: We don't, that's a limitation. Next time we could ask their parents too.
""",
    [
        ("S514", PPT, "2026-04-30", "presenter"),
        ("S515", PPT, "2026-04-30", "presenter"),
        ("S513", PPT, "2026-04-30", "asks a question; Malik = Malik Osei"),
    ],
    [
        (
            "S514",
            "Digital Literacy",
            "Advanced",
            "Then I made the chart in Sheets, but the first chart was wrong because it counted the blank answers as zero, so I fixed the range and made a new one.",
        ),
        (
            "S514",
            "Critical Thinking",
            "Advanced",
            "We don't, that's a limitation. Next time we could ask their parents too.",
        ),
        (
            "S515",
            "Digital Literacy",
            "Proficient",
            "I made it by hand first and then on Desmos to check.",
        ),
        (
            "S515",
            "Planning & Prioritization",
            "Proficient",
            "We finished one day early because we made a checklist with who does what.",
        ),
        ("S513", "Critical Thinking", "Developing", "How do you know people told the truth?"),
    ],
    meta={"title": "Stats Project Presentations P3", "author": "Marcus Bell"},
)


# ---------------------------------------------------------------- T505 Mrs. Reyes-Whitfield, Advisory / ESL 6
doc(
    "Advisory circle 9-25.docx",
    "T505",
    "docx",
    """# Advisory Circle - Thursday Sept. 25
Topic: What makes a new school feel safe?
Mrs. R-W: Talking piece goes around. You can pass. Pepe, you want to start?
Pepe: Pass.
Fatima: For me it's when somebody says my name right. Everybody says Fa-TEE-ma but it's FAT-ima, and I don't correct them because I don't want to be rude, but then I feel bad all day.
Chloé: I didn't know that. I'm sorry I said it wrong. In my old school in Port-au-Prince nobody said my name wrong, here they forget the accent.
Mrs. R-W: Thank you both. Pepe, want a second turn?
Pepe: I don't know. When people don't laugh at my English. That's all.
Chloé: Nobody here would laugh, Pepe, we all have accents. I can sit with you at lunch if you want.
""",
    [
        ("S516", GDT, "2025-09-25", "advisory circle = group discussion"),
        ("S517", GDT, "2025-09-25", "Pepe = José Hernández"),
        ("S518", GDT, "2025-09-25", ""),
    ],
    [
        (
            "S518",
            "Self-Awareness",
            "Proficient",
            "I don't correct them because I don't want to be rude, but then I feel bad all day.",
        ),
        (
            "S516",
            "Social Awareness",
            "Proficient",
            "I didn't know that. I'm sorry I said it wrong.",
        ),
        (
            "S516",
            "Relationship Skills",
            "Advanced",
            "Nobody here would laugh, Pepe, we all have accents. I can sit with you at lunch if you want.",
        ),
        (
            "S517",
            "Communication",
            "Emerging",
            "I don't know. When people don't laugh at my English. That's all.",
        ),
    ],
)

doc(
    "Pepe - llamada con su mamá.txt",
    "T505",
    "cp1252",
    """Llamada con la Sra. Hernández (mamá de José "Pepe") – 10/9 – 4:40 pm
(in Spanish; my notes in English)

– Mom says Pepe cries some mornings and doesn’t want to come; misses his abuela in Michoacán.
– He told her nobody talks to him except “la niña de Haití” (Chloé).
– At home he builds things all the time – made a working windmill from a fan motor and soda bottles with his tío. Mom is proud.
– Asked about ESL tutoring after school; gave her the flyer (Spanish).

Next: pair Pepe with Chloé for reading buddies; talk to Ms. Ibarra (counselor).
""",
    [("S517", PN, "2025-10-09", "phone call with parent; Windows-1252; Chloé mentioned only")],
    [
        (
            "S517",
            "Self-Management",
            "Emerging",
            "Mom says Pepe cries some mornings and doesn’t want to come; misses his abuela in Michoacán.",
        ),
        (
            "S517",
            "Creativity & Innovation",
            "Advanced",
            "At home he builds things all the time – made a working windmill from a fan motor and soda bottles with his tío.",
        ),
    ],
)

doc(
    "Fatima journal - advisory prompts.pdf",
    "T505",
    "pdf",
    """# Advisory Journal
Fatima D. - Advisory 6B
November 4
# Prompt: Describe a time this week you made a hard choice.
My friend wanted me to give her my math homework to copy before first period. I said no because if Mr. Ortiz finds out we both get a zero, and also she will not learn it for the test. I said I would help her at lunch instead. She was mad for like one hour but then she came to lunch.
# Prompt: What is one thing you want to get better at?
Asking questions in class. I understand more English than I can say, so I wait too long and then the teacher is already on the next thing.
""",
    [("S518", RJ, "2025-11-04", "Mr. Ortiz is a non-rostered teacher")],
    [
        (
            "S518",
            "Responsible Decision-Making",
            "Advanced",
            "I said no because if Mr. Ortiz finds out we both get a zero, and also she will not learn it for the test. I said I would help her at lunch instead.",
        ),
        (
            "S518",
            "Self-Awareness",
            "Advanced",
            "I understand more English than I can say, so I wait too long and then the teacher is already on the next thing.",
        ),
    ],
    meta={"title": "Advisory Journal", "author": "Fatima Diallo"},
)

doc(
    "Chloe B obs.md",
    "T505",
    "md",
    """# Chloe B. — observation, 12/11

**What happened:** Two boys were arguing over the last Chromebook. Chloé stepped in, asked each of them what they needed it for, and suggested one use it for 10 minutes to finish typing and then switch. Both agreed.

**Also:** She keeps the class supply bin labelled and restocked without being asked; she made new labels in French, Spanish and English.

**Concern:** Still rushes through written work to get to the "fun part". Two incomplete sentences on her reading response.

**Skills to watch:** Relationship Skills (A?), Organization (P/A)
""",
    [
        (
            "S516",
            TON,
            "2025-12-11",
            "file name without accent; 'Skills to watch' line is a rating line",
        )
    ],
    [
        (
            "S516",
            "Relationship Skills",
            "Advanced",
            "Chloé stepped in, asked each of them what they needed it for, and suggested one use it for 10 minutes to finish typing and then switch.",
        ),
        (
            "S516",
            "Organization",
            "Advanced",
            "She keeps the class supply bin labelled and restocked without being asked; she made new labels in French, Spanish and English.",
        ),
        (
            "S516",
            "Inhibitory Control",
            "Developing",
            'Still rushes through written work to get to the "fun part".',
        ),
    ],
)

doc(
    "peer feedback - Fatima to Pepe.docx",
    "T505",
    "docx",
    """# Peer Feedback: Windmill Project
From: Fatima    To: Pepe (José H.)    Jan 15, 2026
## Two stars
1. Your windmill really turns and it lights the little bulb, that is so cool.
2. You explained the gears with your hands so even if we didn't know the English words we understood.
## One wish
I wish you would write the steps on the poster, because people who come later can't ask you. I can help you with the spelling if you want.
""",
    [
        ("S518", PF, "2026-01-15", "writer"),
        ("S517", PF, "2026-01-15", "subject of the feedback; no labels from Fatima's words"),
    ],
    [
        (
            "S518",
            "Communication",
            "Proficient",
            "I wish you would write the steps on the poster, because people who come later can't ask you.",
        ),
        (
            "S518",
            "Relationship Skills",
            "Proficient",
            "I can help you with the spelling if you want.",
        ),
        (
            "S518",
            "Social Awareness",
            "Proficient",
            "You explained the gears with your hands so even if we didn't know the English words we understood.",
        ),
    ],
    meta={"title": "Peer Feedback", "author": "Fatima Diallo"},
)

doc(
    "reading buddies - Chloé + Pepe.txt",
    "T505",
    "utf16",
    """Reading buddies – recorded 2/26/26 – library corner
[Chloé] [Pepe] [Mrs. R-W]

Chloé — 0:05 — Okay, your turn. Read the first line and if you get stuck, skip it and read the whole sentence, then go back.
Pepe — 0:12 — "The wind... whipped? whipped across the..." what is this word.
Chloé — 0:18 — Try the trick, finish the sentence first.
Pepe — 0:21 — "...across the prairie, and the grass bent low." Prairie. Like a field? Like in Michoacán, el llano.
Chloé — 0:30 — Yes! Exactly. See, you figured it out from the sentence.
Mrs. R-W — 0:35 — Pepe, how did you figure out that word?
Pepe — 0:38 — I read everything and then I think what makes sense. Before I just stop when I don't know a word. Now I keep going.
Chloé — 0:46 — He's way faster than in December. I'm going to give him the harder book next time.
""",
    [
        ("S516", PTT, "2026-02-26", "tutor; UTF-16 file"),
        ("S517", PTT, "2026-02-26", "tutee"),
    ],
    [
        (
            "S516",
            "Communication",
            "Advanced",
            "Read the first line and if you get stuck, skip it and read the whole sentence, then go back.",
        ),
        (
            "S516",
            "Relationship Skills",
            "Advanced",
            "Yes! Exactly. See, you figured it out from the sentence.",
        ),
        (
            "S517",
            "Cognitive Flexibility",
            "Developing",
            "Like a field? Like in Michoacán, el llano.",
        ),
        (
            "S517",
            "Self-Management",
            "Proficient",
            "Before I just stop when I don't know a word. Now I keep going.",
        ),
    ],
)

doc(
    "Email from Mr Diallo.txt",
    "T505",
    "txt",
    """Subject: Fatima - Ramadan and the science fair
From: Ousmane Diallo
Date: March 24, 2026 at 7:02:13 AM EDT
To: Guadalupe Reyes-Whitfield

Good morning Mrs. Reyes-Whitfield,

Fatima told us she is worried she will be tired for the science fair because of fasting. She made a schedule herself: she will do the poster on the weekend and practice her talk in the evening after iftar when she has energy. I was surprised, she did it without us asking.

Also she asked if she can present in English and in Pular for her grandmother who is visiting. Is this ok?

Thank you for everything.
Ousmane Diallo

--
Sent from Yahoo Mail for Android

On Friday, March 20, 2026, G. Reyes-Whitfield <g.reyeswhitfield@tuning4.example> wrote:
> Dear families, the 6th grade science fair is April 2...
""",
    [("S518", PN, "2026-03-24", "parent email saved as text, signature and quoted reply")],
    [
        (
            "S518",
            "Planning & Prioritization",
            "Advanced",
            "She made a schedule herself: she will do the poster on the weekend and practice her talk in the evening after iftar when she has energy.",
        ),
        (
            "S518",
            "Communication",
            "Advanced",
            "Also she asked if she can present in English and in Pular for her grandmother who is visiting.",
        ),
    ],
)

doc(
    "Chloé presentation - my family's story.docx",
    "T505",
    "docx",
    """# "Where I'm From" Presentations - Advisory 6B
May 7
## Chloé B.
CHLOÉ: My family is from Jacmel, Haiti. After the earthquake in 2010 my parents moved to Montréal first and then here. I wasn't born yet, but the earthquake is why I speak three languages.
CHLOÉ: Something people don't know is that Haiti was the first country where enslaved people freed themselves and made their own country, in 1804. France made Haiti pay money back for almost 120 years. That is one reason it is poor today, not because people don't work hard.
CHLOÉ: I made my slides in Canva but I put the sources at the bottom of every slide, because Mrs. R-W said you have to show where facts come from.
## Questions
MRS. R-W: Questions? Fatima.
FATIMA: How did you find out about the money France took? I never learned that.
CHLOÉ: My uncle told me, and then I found a New York Times article about it so I knew it was real.
PEPE: Nice slides.
""",
    [
        ("S516", PPT, "2026-05-07", "presenter"),
        ("S518", PPT, "2026-05-07", "asks question"),
        ("S517", PPT, "2026-05-07", "one line in Q&A"),
    ],
    [
        (
            "S516",
            "Global Awareness",
            "Advanced",
            "That is one reason it is poor today, not because people don't work hard.",
        ),
        (
            "S516",
            "Digital Literacy",
            "Proficient",
            "I made my slides in Canva but I put the sources at the bottom of every slide, because Mrs. R-W said you have to show where facts come from.",
        ),
        (
            "S516",
            "Critical Thinking",
            "Proficient",
            "My uncle told me, and then I found a New York Times article about it so I knew it was real.",
        ),
        (
            "S518",
            "Critical Thinking",
            "Developing",
            "How did you find out about the money France took? I never learned that.",
        ),
    ],
    meta={"title": "Where I'm From - Chloe B.", "author": "G. Reyes-Whitfield"},
)

doc(
    "end of year reflection Pepe.pdf",
    "T505",
    "pdf",
    """# End-of-Year Reflection
José Hernández (Pepe) - May 20, 2026
# How have you changed this year?
In September I did not talk. I said pass every time in circle. Now I talk in circle and I did my windmill presentation in front of two classes. I still get nervous but I breathe first like Mrs. R-W showed me.
# Who helped you?
Chloé, because she did not laugh and she made me read the whole sentence. Fatima because she helped me write the steps on my poster.
# Goal for 7th grade
Join the robotics club and make a windmill that charges a phone.
""",
    [("S517", RJ, "2026-05-20", "classmates Chloé and Fatima mentioned only")],
    [
        (
            "S517",
            "Communication",
            "Proficient",
            "Now I talk in circle and I did my windmill presentation in front of two classes.",
        ),
        (
            "S517",
            "Self-Management",
            "Proficient",
            "I still get nervous but I breathe first like Mrs. R-W showed me.",
        ),
        (
            "S517",
            "Self-Awareness",
            "Proficient",
            "In September I did not talk. I said pass every time in circle.",
        ),
    ],
    meta={"title": "End-of-Year Reflection", "author": "Jose Hernandez"},
)


# ---------------------------------------------------------------- rendering
FIXED = dt.datetime(2026, 6, 1, 9, 0, 0, tzinfo=dt.UTC)


def _lines(text):
    return [ln.rstrip() for ln in text.strip("\n").split("\n")]


def write_docx(path, d):
    import docx

    document = docx.Document()
    table = None
    for ln in _lines(d["text"]):
        if not ln.strip():
            table = None
            continue
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip("|").split("|")]
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for cell, value in zip(row, cells, strict=False):
                cell.text = value
            continue
        table = None
        if ln.startswith("## "):
            document.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            document.add_heading(ln[2:], level=1)
        else:
            document.add_paragraph(ln)
    cp = document.core_properties
    cp.title = d["meta"].get("title", "")
    cp.author = d["meta"].get("author", "")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = d["meta"].get("author", "")
    cp.revision = 1
    document.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry times so rebuilds are byte-identical."""
    import io
    import zipfile

    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_pdf(path, d):
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED)
    if d["meta"].get("title"):
        pdf.set_title(d["meta"]["title"])
    if d["meta"].get("author"):
        pdf.set_author(d["meta"]["author"])
    pdf.set_creator(
        "Microsoft Word for Microsoft 365" if d["teacher"] in ("T501", "T504") else "Google Docs"
    )
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    for ln in _lines(d["text"]):
        if not ln.strip():
            pdf.ln(3)
            continue
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


def write_text(path, d):
    text = d["text"].lstrip("\n")
    fmt = d["fmt"]
    if fmt == "cp1252":
        data = text.replace("\n", "\r\n").encode("cp1252")
    elif fmt == "utf16":
        data = text.replace("\n", "\r\n").encode("utf-16")  # with BOM, like Notepad "Unicode"
    else:
        data = text.encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main():
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate document names"
    if os.path.isdir(DOCS_DIR):
        shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    os.makedirs(os.path.join(HERE, "roster"), exist_ok=True)
    write_csv(
        os.path.join(HERE, "roster", "teachers.csv"),
        ["id", "name", "email", "slack_user_id"],
        TEACHERS,
    )
    write_csv(
        os.path.join(HERE, "roster", "students.csv"),
        ["id", "name", "grade", "teacher_id", "nickname"],
        STUDENTS,
    )
    truth, labels, owners = [], [], []
    for d in DOCS:
        path = os.path.join(DOCS_DIR, d["name"])
        if d["fmt"] == "docx":
            write_docx(path, d)
        elif d["fmt"] == "pdf":
            write_pdf(path, d)
        else:
            write_text(path, d)
        owners.append((d["name"], d["teacher"]))
        for sid, etype, edate, notes in d["truth"]:
            truth.append((d["name"], sid, etype, edate, notes))
        for sid, skill, level, quote in d["labels"]:
            labels.append((d["name"], sid, skill, level, quote))
    write_csv(
        os.path.join(HERE, "truth.csv"),
        ["document", "student_id", "entry_type", "entry_date", "notes"],
        truth,
    )
    write_csv(
        os.path.join(HERE, "labelled_set.csv"),
        ["document", "student_id", "skill", "level", "quote"],
        labels,
    )
    write_csv(os.path.join(HERE, "document_teacher.csv"), ["document", "teacher_id"], owners)
    print(f"{len(DOCS)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
