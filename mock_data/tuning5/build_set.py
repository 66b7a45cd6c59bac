"""Rebuild the tuning5 evaluation set: roster, documents, truth.csv, labelled_set.csv.

All text, truth and labels live in this file.
Run: /work/main/.venv/bin/python mock_data/tuning5/build_set.py
"""

from __future__ import annotations

import csv
import shutil
from datetime import datetime, timezone
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"

TEACHERS = [
    ("T601", "Dana Whitcomb", "dwhitcomb@tuning5.example", "U0T601"),
    ("T602", "Rafael Ortiz-Bell", "rortizbell@tuning5.example", "U0T602"),
    ("T603", "Grace Okonkwo", "gokonkwo@tuning5.example", "U0T603"),
    ("T604", "Lyle Haverford", "lhaverford@tuning5.example", "U0T604"),
]

# id, name, grade, teacher_id, nickname
STUDENTS = [
    ("S601", "Hope Lindqvist", 6, "T601", ""),
    ("S602", "Mateo García-Reyes", 6, "T601", "Teo"),
    ("S603", "Jordan Pike", 6, "T601", ""),
    ("S604", "Zoë Brandt", 6, "T601", "Zo"),
    ("S605", "Jordan Ellsworth", 7, "T602", ""),
    ("S606", "Amara Nwosu", 7, "T602", ""),
    ("S607", "Wyatt Van der Berg", 7, "T602", ""),
    ("S608", "Katherine O'Malley", 7, "T602", "Kit"),
    ("S609", "Mateo Sandoval", 8, "T603", ""),
    ("S610", "Siobhán Carr", 8, "T603", "Shiv"),
    ("S611", "Dakota Runningwater", 8, "T603", ""),
    ("S612", "Priya Raman-Holt", 8, "T603", ""),
    ("S613", "William Bishop", 7, "T604", "Will"),
    ("S614", "Zoe Marchetti", 8, "T604", ""),
    ("S615", "Bao Tran", 7, "T604", ""),
    ("S616", "Eli Stroud-Mackey", 8, "T604", ""),
]

ALL_DOCS: list[dict] = []


def D(fname, teacher, fmt, body, truth, labels=(), meta=None, enc="utf-8"):
    """Register one document.

    truth: list of (student_id, entry_type, entry_date, notes)
    labels: list of (student_id, skill, level, quote)
    """
    ALL_DOCS.append(
        dict(
            fname=fname,
            teacher=teacher,
            fmt=fmt,
            body=body.strip("\n") + "\n",
            truth=list(truth),
            labels=list(labels),
            meta=meta or {},
            enc=enc,
        )
    )


# ---------------------------------------------------------------- writers


def write_docx(path: Path, body: str, meta: dict) -> None:
    d = docx.Document()
    table_rows: list[list[str]] = []

    def flush_table():
        if not table_rows:
            return
        t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
        table_rows.clear()

    for line in body.splitlines():
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.strip() == "":
            continue
        else:
            d.add_paragraph(line)
    flush_table()
    cp = d.core_properties
    cp.title = meta.get("title", "")
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    stamp = datetime.fromisoformat(meta.get("created", "2026-06-01T12:00:00")).replace(tzinfo=timezone.utc)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx zip with fixed member times so rebuilds are byte-identical."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            zout.writestr(zipfile.ZipInfo(name, date_time=(2026, 6, 1, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write_pdf(path: Path, body: str, meta: dict) -> None:
    body.encode("latin-1")  # core fonts only take latin-1
    pdf = FPDF(format="letter")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    if meta.get("title"):
        pdf.set_title(meta["title"])
    if meta.get("author"):
        pdf.set_author(meta["author"])
        pdf.set_creator("Microsoft Word")
    stamp = meta.get("created", "2026-06-01T12:00:00")
    pdf.set_creation_date(datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc))
    for line in body.splitlines():
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.strip() == "":
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_text(path: Path, body: str, enc: str) -> None:
    if enc == "utf-16":
        path.write_bytes(body.replace("\n", "\r\n").encode("utf-16"))  # BOM + LE
    elif enc == "cp1252":
        path.write_bytes(body.replace("\n", "\r\n").encode("cp1252"))
    else:
        path.write_bytes(body.encode("utf-8"))


def build() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    (HERE / "roster").mkdir(exist_ok=True)
    with open(HERE / "roster" / "teachers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "email", "slack_user_id"])
        w.writerows(TEACHERS)
    with open(HERE / "roster" / "students.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "grade", "teacher_id", "nickname"])
        w.writerows(STUDENTS)

    names = set()
    truth_rows, label_rows = [], []
    for doc in ALL_DOCS:
        assert doc["fname"] not in names, doc["fname"]
        names.add(doc["fname"])
        path = DOCS / doc["fname"]
        if doc["fmt"] == "docx":
            write_docx(path, doc["body"], doc["meta"])
        elif doc["fmt"] == "pdf":
            write_pdf(path, doc["body"], doc["meta"])
        else:
            write_text(path, doc["body"], doc["enc"])
        for sid, etype, edate, notes in doc["truth"]:
            truth_rows.append([doc["fname"], sid, etype, edate, notes])
        for sid, skill, level, quote in doc["labels"]:
            label_rows.append([doc["fname"], sid, skill, level, quote])

    with open(HERE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["document", "student_id", "entry_type", "entry_date", "notes"])
        w.writerows(truth_rows)
    with open(HERE / "labelled_set.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["document", "student_id", "skill", "level", "quote"])
        w.writerows(label_rows)
    print(f"{len(ALL_DOCS)} documents, {len(truth_rows)} truth rows, {len(label_rows)} labels")


# entry types
RJ, TO, PN, PF = "reflection_journal", "teacher_observation_note", "parent_note", "peer_feedback"
PP, PT, GD = "project_presentation_transcript", "peer_tutoring_transcript", "group_discussion_transcript"
E, Dv, P, A = "Emerging", "Developing", "Proficient", "Advanced"

# =====================================================================
# T601 Ms. Dana Whitcomb -- grade 6 ELA + advisory
# =====================================================================

D("Teo conf notes 9-18.docx", "T601", "docx", """
# Reading conference - Teo G-R
Thurs 9/18, 3rd period, back table
## What I saw
Teo's binder had loose papers from three classes stuffed in the front pocket and he could not find the reading log even after we dumped it out on the table together.
He told me he "keeps it in his head" which book he's on. He is on The Wild Robot, p. 60ish.
He sat for almost ten minutes with the book closed before I came over, and once I pointed to the first question he started writing and finished two sentences.
## Next steps
Color folder for ELA only. Check in Mon.
Org: E    Task init: D
""", truth=[("S602", TO, "2025-09-18", "student conference written up by teacher; Teo = nickname of Mateo García-Reyes")],
labels=[
    ("S602", "Organization", E, "Teo's binder had loose papers from three classes stuffed in the front pocket and he could not find the reading log even after we dumped it out on the table together."),
    ("S602", "Task Initiation", Dv, "He sat for almost ten minutes with the book closed before I came over, and once I pointed to the first question he started writing and finished two sentences."),
], meta={"title": "Conference - Teo", "author": "Dana Whitcomb", "created": "2025-09-18T19:40:00"})

D("journal wk3 hope.md", "T601", "md", """
**Hope L. -- Writer's Notebook, Week 3**
**Sept. 19**

**Prompt: Think about your group this week. What is one thing about how you work with others that you noticed?**

I get quiet when I'm nervous and then people think I'm mad, so I told my group that I'm just thinking and they can ask me. That helped because Zo asked me and I said my idea about the title.

**Prompt: What is one goal for next week?**

I want to say one idea out loud in the big group without my friend saying it for me. Maybe I will write it down first so I don't forget the words.

**Teacher comment:** Love this, Hope. Self-awareness: P. Communication: D -- let's work on it.
""", truth=[("S601", RJ, "2025-09-19", "writer's notebook with teacher prompts; Zo (Zoë Brandt) merely mentioned")],
labels=[
    ("S601", "Self-Awareness", P, "I get quiet when I'm nervous and then people think I'm mad, so I told my group that I'm just thinking and they can ask me."),
    ("S601", "Communication", Dv, "I want to say one idea out loud in the big group without my friend saying it for me. Maybe I will write it down first so I don't forget the words."),
])

D("Otter - lit circle group B 10_2.txt", "T601", "txt", """
Lit circle group B - Wonder ch 10-14
Oct 2, 2025  |  18 min  |  Otter.ai

Dana Whitcomb  0:04
Okay group B, discussion director is Zoë today. Go ahead.

Zoë Brandt  0:09
Okay so my question is why do you think August's sister didn't want him at the school thing?

Jordan Pike  0:16
No wait, that's dumb, it's obviously because she's embarrassed, can I just say mine now

Hope Lindqvist  0:22
I think it's more that she wanted one thing that was just hers, like the--

Jordan Pike  0:25
Yeah but embarrassed. Because the book says so.

Zoë Brandt  0:29
Jordan, I think Hope wasn't done. Hope, you were saying she wanted something that was just hers?

Hope Lindqvist  0:35
Yeah. It says on page 84 that nobody at the new school knows about her brother, so she gets to just be Via there. So it's not only embarrassed, it's like she wants to be a different person.

Dana Whitcomb  0:47
Jordan, what do you think of Hope's evidence?

Jordan Pike  0:51
I don't know. I still think embarrassed. Can we do my connector part?

Zoë Brandt  0:55
We can do both. Jordan, you go next and then we can see if your connection matches Hope's page or mine.

Dana Whitcomb  1:02
Nice facilitating. Go ahead Jordan.
""", truth=[
    ("S604", GD, "2025-10-02", "Otter export; name+timestamp speaker lines"),
    ("S603", GD, "2025-10-02", ""),
    ("S601", GD, "2025-10-02", ""),
], labels=[
    ("S603", "Relationship Skills", E, "No wait, that's dumb, it's obviously because she's embarrassed, can I just say mine now"),
    ("S603", "Critical Thinking", E, "Yeah but embarrassed. Because the book says so."),
    ("S604", "Social Awareness", A, "Jordan, I think Hope wasn't done. Hope, you were saying she wanted something that was just hers?"),
    ("S604", "Collaboration", A, "We can do both. Jordan, you go next and then we can see if your connection matches Hope's page or mine."),
    ("S601", "Critical Thinking", P, "It says on page 84 that nobody at the new school knows about her brother, so she gets to just be Via there. So it's not only embarrassed, it's like she wants to be a different person."),
])

D("Re_ Jordan homework.eml", "T601", "eml", """
From: Kris Pike <krispike77@mailbox.example>
To: Dana Whitcomb <dwhitcomb@tuning5.example>
Subject: Re: Jordan homework
Date: Thu, 9 Oct 2025 21:14:09 -0600
Content-Type: text/plain; charset="utf-8"

Hi Ms. Whitcomb,

Thanks for the call last week. Honestly homework is still a battle. He sits at the kitchen table for an hour and doesn't start until I'm standing right next to him. Then he does it fast and it's fine, it's just getting him going.

The good news is he did use the timer you suggested twice this week and actually finished the vocab without a fight. He even set it himself on Tuesday.

Is there a way to see what's due on the portal? He tells me "nothing" every night.

Kris Pike
(Jordan's mom)

On Fri, Oct 3, 2025 at 3:02 PM Dana Whitcomb <dwhitcomb@tuning5.example> wrote:
> Hi Kris, great talking today. As promised, here is the idea about a 10-minute timer
> to get started on homework. Let me know how it goes!
> Dana Whitcomb, 6th Grade ELA / Advisory
""", truth=[("S603", PN, "2025-10-09", "parent email; quoted teacher reply from Oct 3 below")],
labels=[
    ("S603", "Task Initiation", E, "He sits at the kitchen table for an hour and doesn't start until I'm standing right next to him."),
    ("S603", "Self-Management", Dv, "he did use the timer you suggested twice this week and actually finished the vocab without a fight. He even set it himself on Tuesday."),
])

D("exit ticket 10-16.txt", "T601", "txt", """
Whitcomb ELA - per. 2 - exit ticket
(found on the floor by the door, no name -- whose handwriting??)

1. What is the theme of the story we read today?
   That you should be nice to people even if they are different.

2. One piece of evidence:
   When the kids stopped laughing at the new girl at the end.

3. What was hard today?
   Working with my partner because they talked the whole time and I didn't get to finish.
""", truth=[("ASK", "", "", "unsigned exit ticket typed up by teacher; no name, handwriting unknown -> ask teacher")])

D("IMG_2291.txt", "T601", "txt", """
10/21
Zo - started a book swap shelf in the hallway ON HER OWN. Made the sign, asked the office for the old shelf, got 3 other kids to bring books before I even knew about it.
Told me "the 6th graders don't have anything to read at lunch so I fixed it"
Ask her to present at advisory?
""", truth=[("S604", TO, "2025-10-21", "phone note; Zo = Zoë Brandt")],
labels=[
    ("S604", "Task Initiation", A, "started a book swap shelf in the hallway ON HER OWN. Made the sign, asked the office for the old shelf, got 3 other kids to bring books before I even knew about it."),
])

D("Hope - presentation transcript.docx", "T601", "docx", """
# Community Voices project - Hope L.
November 13, 2025 -- transcribed from the class iPad recording
## Presentation
Ms. Whitcomb: Hope, whenever you're ready.
Hope: Okay. My project is about the water in our town. Half the houses on Ridge Road are on wells and half are on town water, and the town water has more chlorine but the wells can have nitrates from the farms. I interviewed my neighbor, Mrs. Aldana, and I read the county report from 2024.
Hope: The thing I learned is it's not just here. There are farm towns in other countries that have the same nitrate problem, and in some places kids get sick from it, so I think we should test the wells every year and not every five years.
## Questions
Ms. Whitcomb: Questions for Hope?
Teo: How do you know the well water has nitrates, did somebody test yours or is it just what people say?
Hope: The county tested twelve wells and four were over the limit. It's on page 3, I can show you.
Teo: Okay but is twelve enough to say all the wells?
Hope: No, that's why I want every well tested.
Ms. Whitcomb: Great exchange. Thank you both.
""", truth=[
    ("S601", PP, "2025-11-13", "presentation with Q&A"),
    ("S602", PP, "2025-11-13", "Teo (Mateo García-Reyes) speaks in the Q&A"),
], labels=[
    ("S601", "Global Awareness", P, "The thing I learned is it's not just here. There are farm towns in other countries that have the same nitrate problem, and in some places kids get sick from it, so I think we should test the wells every year and not every five years."),
    ("S601", "Communication", P, "The county tested twelve wells and four were over the limit. It's on page 3, I can show you."),
    ("S602", "Critical Thinking", P, "How do you know the well water has nitrates, did somebody test yours or is it just what people say?"),
], meta={"title": "Community Voices - Hope", "author": "Dana Whitcomb", "created": "2025-11-13T22:05:00"})

D("peer review - Zo for Jordan.pdf", "T601", "pdf", """
# Narrative Peer Review
Date: 12/4/25
Writer: Jordan P.
Reviewer: Zoe B.
## One thing that works
Your opening with the snake in the boot is really good, I wanted to keep reading. I could picture it.
## One thing that confused me
I got confused in the middle because it jumps to the next day without telling me. Maybe add a sentence like "The next morning" so the reader knows.
## A question for the writer
Did you really find a snake? If not, it is ok, but you could say how you felt when you saw it, because right now it only says what happened.
""", truth=[
    ("S604", PF, "2025-12-04", "peer review form; Zoë wrote it (reviewer)"),
    ("S603", PF, "2025-12-04", "Jordan Pike is the writer whose draft is reviewed (subject)"),
], labels=[
    ("S604", "Communication", P, "I got confused in the middle because it jumps to the next day without telling me. Maybe add a sentence like \"The next morning\" so the reader knows."),
    ("S604", "Relationship Skills", P, "Did you really find a snake? If not, it is ok, but you could say how you felt when you saw it, because right now it only says what happened."),
], meta={"title": "Narrative Peer Review", "author": "Dana Whitcomb", "created": "2025-12-04T16:00:00"})

D("advisory notes dec.md", "T601", "md", """
# Advisory -- notes to self

**Dec. 11 (Thurs)**

Jordan raised his hand and waited three times in morning meeting today -- first time I've seen that all year. Still blurted once during the read-aloud but caught himself and said sorry without me saying anything.

Hope and Teo ran the compliment circle. (Separate note on that.)

**Level check:** IC -> D (was E in Oct)
""", truth=[("S603", TO, "2025-12-11", "advisory notes; Hope and Teo merely mentioned")],
labels=[
    ("S603", "Inhibitory Control", Dv, "Jordan raised his hand and waited three times in morning meeting today -- first time I've seen that all year. Still blurted once during the read-aloud but caught himself and said sorry without me saying anything."),
])

D("Teo reflection jan.docx", "T601", "docx", """
# Quarter 2 Reflection
Name: Teo
January 14
## 1. What is something you got better at?
I need fewer reminders now because I put my planner in the front pocket and I check it at the end of every class. Before I lost stuff like every day. Now it's maybe once a week.
## 2. What is still hard?
Deciding what to do first. I try to do the big essay first but sometimes I still do the easy math first because it's fast and then I run out of time for the essay.
## 3. Who helped you this quarter and how?
Jordan because he showed me his timer thing. Also my sister.
""", truth=[("S602", RJ, "2026-01-14", "quarter reflection; Jordan mentioned only")],
labels=[
    ("S602", "Organization", P, "I need fewer reminders now because I put my planner in the front pocket and I check it at the end of every class. Before I lost stuff like every day. Now it's maybe once a week."),
    ("S602", "Planning & Prioritization", Dv, "I try to do the big essay first but sometimes I still do the easy math first because it's fast and then I run out of time for the essay."),
], meta={"title": "Q2 reflection", "author": "Teo", "created": "2026-01-14T18:20:00"})

D("Whitcomb_ParentConf_Brandt.pdf", "T601", "pdf", """
# Parent-Teacher Conference Notes
Conference 2/5/26 with Mr. and Mrs. Brandt (Zoe's parents) -- Ms. Whitcomb
## Parents shared
Her mom said Zoe told her she didn't post the video of the fight at the bus stop even though everyone else did, because the girl in it would be embarrassed forever, and she told the counselor instead.
Dad says she reads until midnight and they have to take the flashlight away. They are working on a bedtime.
## Teacher shared
Zoe is a leader in lit circles and runs the book swap. Working on turning in the weekly vocab on time (3 missing).
## Follow-up
Send vocab list home on Mondays.
""", truth=[("S604", PN, "2026-02-05", "parent-teacher conference notes written by teacher; parent_note because it records the parents' account")],
labels=[
    ("S604", "Responsible Decision-Making", A, "Her mom said Zoe told her she didn't post the video of the fight at the bus stop even though everyone else did, because the girl in it would be embarrassed forever, and she told the counselor instead."),
    ("S604", "Planning & Prioritization", Dv, "Working on turning in the weekly vocab on time (3 missing)."),
], meta={"title": "Conference notes - Brandt", "author": "Dana Whitcomb", "created": "2026-02-05T23:30:00"})

D("voice memo 3-10.txt", "T601", "txt", """
Dictated 3/10 walking out to bus duty.

Open mic today in advisory. Hope volunteered to go first, which she would never have done in September, and read her poem about her grandma without looking up from the paper only at the end. Then when Jordan froze on his second stanza she went up and quietly pointed to his line and stood next to him until he finished. Nobody asked her to.
Teo clapped so hard he fell off the stool. Note to self, get more stools.
""", truth=[("S601", TO, "2026-03-10", "dictated teacher note; Jordan and Teo merely mentioned")],
labels=[
    ("S601", "Communication", A, "Hope volunteered to go first, which she would never have done in September, and read her poem about her grandma without looking up from the paper only at the end."),
    ("S601", "Relationship Skills", A, "Then when Jordan froze on his second stanza she went up and quietly pointed to his line and stood next to him until he finished. Nobody asked her to."),
])

D("Hope + Teo peer feedback form.docx", "T601", "docx", """
# Poetry Peer Feedback
Mar. 26
|Poet|Hope|
|Feedback from|Teo|
|Glow (something that works)|I liked the part about your grandma's hands because I could see them. My abuela has hands like that too.|
|Grow (something to work on)|I didn't get why it was sad at the end but maybe it's supposed to be. Maybe you could tell us a little more so people who don't know her get it.|
|Teacher check|Kind + specific: yes|
""", truth=[
    ("S602", PF, "2026-03-26", "Teo wrote the feedback (table form)"),
    ("S601", PF, "2026-03-26", "Hope is the poet receiving feedback (subject)"),
], labels=[
    ("S602", "Social Awareness", Dv, "I didn't get why it was sad at the end but maybe it's supposed to be. Maybe you could tell us a little more so people who don't know her get it."),
    ("S602", "Communication", Dv, "I liked the part about your grandma's hands because I could see them. My abuela has hands like that too."),
], meta={"title": "Poetry peer feedback", "author": "Dana Whitcomb"})

D("jordan tutoring 4_22.vtt", "T601", "vtt", """
WEBVTT

NOTE Reading buddies - Jordan with Hope - recorded April 22 - Ms. W in room

00:00:02.000 --> 00:00:09.500
<v Hope Lindqvist>Okay, you don't have to get it right. Just tell me what you think the poet is mad about and we'll find the line together.

00:00:10.100 --> 00:00:15.000
<v Jordan Pike>I think he's mad at the storm. Because it wrecked the barn.

00:00:15.400 --> 00:00:24.000
<v Hope Lindqvist>Yeah, that's one. But look at the last stanza. Who is he talking to there?

00:00:24.500 --> 00:00:33.000
<v Jordan Pike>Oh, so it could be about the dad AND the storm? I thought it had to be one thing. Okay so the storm is kind of like the dad.

00:00:33.500 --> 00:00:38.000
<v Dana Whitcomb>Jordan, can you show Hope the line that made you think that?

00:00:38.200 --> 00:00:44.000
<v Jordan Pike>Wait let me find it. Here, "he never asked before he broke things." That one.
""", truth=[
    ("S601", PT, "2026-04-22", "WebVTT with <v> voice tags; Hope tutors"),
    ("S603", PT, "2026-04-22", "Jordan is tutored"),
], labels=[
    ("S601", "Relationship Skills", A, "Okay, you don't have to get it right. Just tell me what you think the poet is mad about and we'll find the line together."),
    ("S603", "Cognitive Flexibility", Dv, "Oh, so it could be about the dad AND the storm? I thought it had to be one thing. Okay so the storm is kind of like the dad."),
    ("S603", "Critical Thinking", Dv, "Wait let me find it. Here, \"he never asked before he broke things.\" That one."),
])

# =====================================================================
# T602 Mr. Rafael Ortiz-Bell -- grade 7 science
# =====================================================================

D("Lab groups seating obs 9.9.docx", "T602", "docx", """
# Lab group observations
9/9 -- 5th period, first real lab (mystery powders)
## Wyatt VdB
Wyatt came without his lab notebook for the third day running and his safety goggles turned up in Kit's bin at the end of class.
He asked me twice what we were testing after I had written it on the board.
## Kit O.
Kit had already split the procedure into steps on a sticky note and written a time next to each one before the timer started. Her group finished first and cleaned up.
## Ratings (for gradebook)
|Student|Skill|Level|
|Wyatt|Organization|E|
|Kit|Planning & Prioritization|P|
""", truth=[
    ("S607", TO, "2025-09-09", "observation of two students; Kit = Katherine O'Malley"),
    ("S608", TO, "2025-09-09", ""),
], labels=[
    ("S607", "Organization", E, "Wyatt came without his lab notebook for the third day running and his safety goggles turned up in Kit's bin at the end of class."),
    ("S607", "Working Memory", E, "He asked me twice what we were testing after I had written it on the board."),
    ("S608", "Planning & Prioritization", P, "Kit had already split the procedure into steps on a sticky note and written a time next to each one before the timer started."),
], meta={"title": "Lab obs", "author": "Rafael Ortiz-Bell", "created": "2025-09-09T20:10:00"})

D("Teams_Transcript_Density lab debrief.txt", "T602", "txt", """
Density lab debrief - Period 5 Group 2
Meeting transcript
October 7, 2025, 1:42PM
Started transcription

[00:00:03] Rafael Ortiz-Bell
So your density for the tap water came out at 1.04. What do you make of that?

[00:00:11] Amara Nwosu
Our numbers don't match the textbook, but I don't think that means we're wrong. The textbook assumes pure water and we used tap water, so maybe both are right for what they measured.

[00:00:24] Jordan Ellsworth
Or we just messed up. I did the measuring anyway.

[00:00:28] Rafael Ortiz-Bell
Jordan, I noticed you did all three trials. How did the group decide that?

[00:00:33] Jordan Ellsworth
I just did it myself because you guys were too slow.

[00:00:37] Wyatt Van der Berg
But the sheet said to use the graduated cylinder. If it's broken I can't do it. So I didn't do anything.

[00:00:44] Amara Nwosu
We could have used the beaker with the lines and then checked it against the scale. Next time, Jordan does trial one, Wyatt does two, I do three, and we compare.

[00:00:55] Rafael Ortiz-Bell
That sounds like a plan. Write it on the whiteboard.

Stopped transcription
""", enc="utf-16", truth=[
    ("S606", GD, "2025-10-07", "Teams transcript export, UTF-16 LE with BOM"),
    ("S605", GD, "2025-10-07", "Jordan Ellsworth (T602) -- not Jordan Pike of T601"),
    ("S607", GD, "2025-10-07", ""),
], labels=[
    ("S606", "Critical Thinking", A, "Our numbers don't match the textbook, but I don't think that means we're wrong. The textbook assumes pure water and we used tap water, so maybe both are right for what they measured."),
    ("S606", "Collaboration", P, "Next time, Jordan does trial one, Wyatt does two, I do three, and we compare."),
    ("S605", "Collaboration", E, "I just did it myself because you guys were too slow."),
    ("S607", "Cognitive Flexibility", E, "But the sheet said to use the graduated cylinder. If it's broken I can't do it. So I didn't do anything."),
])

D("Wyatt tutoring w Mateo (8th).txt", "T602", "txt", """
Peer tutoring -- Wyatt w/ 8th grade helper (Mateo S., from Mrs. Okonkwo's SS)
Thurs 10/23, study hall, typed from my notes + phone recording

MATEO S.: So first you find the mass, then the volume, then you divide. Mass on top.
WYATT: Okay.
MATEO S.: So what do we do with the rock?
WYATT: Wait what was the second step again? I forgot after you said the mass part.
MR. O-B: Wyatt, try writing the steps on the card as he says them.
WYATT: Okay. Mass. Volume. Divide. Mass on top.
MATEO S.: Yeah. Now do the rock.
WYATT: I think I get frustrated when there's too many steps and then I just stop. Like on the test I stopped at number four.
MR. O-B: That's really useful to know. The card can help with that.
WYATT: Can I keep the card?
""", truth=[
    ("S607", PT, "2025-10-23", "tutor is Mateo Sandoval (S609), an 8th grader in T603's class -- no row for him here; also not Mateo García-Reyes (T601)"),
], labels=[
    ("S607", "Working Memory", E, "Wait what was the second step again? I forgot after you said the mass part."),
    ("S607", "Self-Awareness", Dv, "I think I get frustrated when there's too many steps and then I just stop. Like on the test I stopped at number four."),
])

D("Re_ Amara science fair.eml", "T602", "eml", """
From: Chidi Nwosu <c.nwosu@farmnet.example>
To: "Ortiz-Bell, Rafael" <rortizbell@tuning5.example>
Subject: Re: Amara science fair
Date: Mon, 3 Nov 2025 07:48:51 -0700
Content-Type: text/plain; charset="utf-8"

Good morning Mr. Ortiz-Bell,

You asked if Amara had an idea for the fair yet. She actually started her own compost experiment in the garage in August before anyone assigned anything, and she has her little brother reading the thermometers every morning before school. Four bins, different mixes.

She keeps talking about how food waste in landfills makes methane and that it is worse in countries without composting programs, and she wants to write to the county about a drop-off site.

Please let us know what forms are needed.

Chidi Nwosu

Sent from my phone

-----Original Message-----
From: Ortiz-Bell, Rafael
Sent: Friday, October 31, 2025 2:15 PM
Subject: Amara science fair
Hi Mr. and Mrs. Nwosu, just checking whether Amara has a topic in mind...
""", truth=[("S606", PN, "2025-11-03", "parent email with Outlook-style quoted original")],
labels=[
    ("S606", "Task Initiation", A, "She actually started her own compost experiment in the garage in August before anyone assigned anything, and she has her little brother reading the thermometers every morning before school."),
    ("S606", "Global Awareness", A, "She keeps talking about how food waste in landfills makes methane and that it is worse in countries without composting programs, and she wants to write to the county about a drop-off site."),
])

D("kit journal 11-12.md", "T602", "md", """
## Science Journal -- Kit

**Date:** 11/12

**What got in your way this week?**

I noticed I get bossy when I'm anxious about a grade, and it's because I don't trust that it will get done. This week I tried saying my worry out loud instead of taking over, and Jordan actually did his part of the poster. So next project my goal is to ask for a check-in day instead of doing everyone's part.

**What resource helped you?**

I used a YouTube video for the cell diagram but I checked that it was from a university channel and compared it to our textbook picture first, because some videos have the mitochondria labeled wrong.

**Mr. O-B:** Self-awareness -- A. Great reflection.
""", truth=[("S608", RJ, "2025-11-12", "journal with teacher prompts; Jordan (Ellsworth) merely mentioned")],
labels=[
    ("S608", "Self-Awareness", A, "I noticed I get bossy when I'm anxious about a grade, and it's because I don't trust that it will get done. This week I tried saying my worry out loud instead of taking over, and Jordan actually did his part of the poster."),
    ("S608", "Digital Literacy", P, "I used a YouTube video for the cell diagram but I checked that it was from a university channel and compared it to our textbook picture first, because some videos have the mitochondria labeled wrong."),
])

D("Document3.docx", "T602", "docx", """
Dec 2
Jordan E. -- quiet research block (25 min)
During the 25-minute research block Jordan put his Chromebook face-down whenever he was not using it and worked the whole time without a single redirection.
He asked Amara if she wanted to do the graph or the write-up instead of just taking both, and then he did the one she didn't pick.
Big change from October.
""", truth=[("S605", TO, "2025-12-02", "untitled Word doc; core author is a username; Amara merely mentioned")],
labels=[
    ("S605", "Inhibitory Control", P, "During the 25-minute research block Jordan put his Chromebook face-down whenever he was not using it and worked the whole time without a single redirection."),
    ("S605", "Collaboration", Dv, "He asked Amara if she wanted to do the graph or the write-up instead of just taking both, and then he did the one she didn't pick."),
], meta={"title": "", "author": "rortizbell"})

D("ecosystem pres - Wyatt Kit.pdf", "T602", "pdf", """
# Ecosystems Project Presentations
1/22/26 -- Period 5 -- Wyatt & Kit (Prairie food web)
Wyatt: Um, so, our, this is the food web. The hawk eats, um, the snake and the mice. Kit, what's the next slide?
Kit: We didn't want to just draw arrows, so we built it as a Jenga tower: every block is a species, and when you pull the frogs out, watch what falls.
Kit: See, the snakes lose their food and the tower leans. That's what happened in the article about the frog fungus in Panama.
Mr. Ortiz-Bell: Wyatt, what happens to the hawks?
Wyatt: The hawks... they eat more mice? So the mice go down too. I wrote it on my card. Yeah, mice go down.
Mr. Ortiz-Bell: Good. Questions from the audience? Amara?
Amara: What would you pull out to make it fall the fastest?
Kit: Grass. Everything's on the grass.
""", truth=[
    ("S607", PP, "2026-01-22", "pair presentation"),
    ("S608", PP, "2026-01-22", ""),
    ("S606", PP, "2026-01-22", "Amara asks one audience question -- she speaks in it"),
], labels=[
    ("S607", "Communication", Dv, "Um, so, our, this is the food web. The hawk eats, um, the snake and the mice. Kit, what's the next slide?"),
    ("S607", "Working Memory", Dv, "The hawks... they eat more mice? So the mice go down too. I wrote it on my card. Yeah, mice go down."),
    ("S608", "Creativity & Innovation", A, "We didn't want to just draw arrows, so we built it as a Jenga tower: every block is a species, and when you pull the frogs out, watch what falls."),
    ("S608", "Global Awareness", Dv, "See, the snakes lose their food and the tower leans. That's what happened in the article about the frog fungus in Panama."),
], meta={"title": "Ecosystem presentations P5", "author": "Rafael Ortiz-Bell", "created": "2026-01-22T21:00:00"})

D("anon peer feedback.txt", "T602", "txt", """
PEER FEEDBACK – Lab Report Draft
Reviewer: ______________     Report by: ______________
(Both names left blank – collected from the tray, 2/3)

What did the writer do well?
The graph is really neat and the colors make it “easy” to read.

What should the writer fix?
The conclusion doesn’t say if the hypothesis was right. Also you forgot units on the table.

One question:
Why did you only do 2 trials?
""", enc="cp1252", truth=[("ASK", "", "", "peer feedback form with both names blank (Windows-1252) -- cannot tell writer or subject")])

D("Ortiz-Bell obs Feb.md", "T602", "md", """
# Observation -- Amara N.
**Date:** Tues 2/10
**Context:** Lab 6, Period 5, Group 2

When Jordan and Wyatt started arguing over who broke the scale, Amara got them to each say what happened without interrupting, then suggested they both redo the trial together. They did, and the group finished on time.

Later she noticed Wyatt had stopped writing and quietly slid him her step card without saying anything to the rest of the group.

**Level:** Relationship Skills -- Advanced
""", truth=[("S606", TO, "2026-02-10", "Jordan and Wyatt appear in the narrative but the note is about Amara")],
labels=[
    ("S606", "Relationship Skills", A, "When Jordan and Wyatt started arguing over who broke the scale, Amara got them to each say what happened without interrupting, then suggested they both redo the trial together."),
    ("S606", "Social Awareness", P, "Later she noticed Wyatt had stopped writing and quietly slid him her step card without saying anything to the rest of the group."),
])

D("Otter_Kit_Jordan_study session_2026-03-05.txt", "T602", "txt", """
Kit and Jordan study session
Thu, Mar 5, 2026 3:21 PM - 42:10

Kit O'Malley  00:12
You're really close. Can you tell me how you got that, and I'll tell you where I'd do it differently?

Jordan Ellsworth  00:20
I did force times distance. So ten times four.

Kit O'Malley  00:26
Okay, that's work. But the question asks for speed. Look at the units it wants.

Jordan Ellsworth  00:34
Can I take like a minute? I'm getting mad at this.

Rafael Ortiz-Bell  00:38
Sure, take a minute.

Jordan Ellsworth  01:15
Okay. I'm good, let's do the next one. I'll circle the units first this time.

Kit O'Malley  01:20
Nice, that's literally what I do.
""", truth=[
    ("S608", PT, "2026-03-05", "Otter export; Kit tutors"),
    ("S605", PT, "2026-03-05", "Jordan Ellsworth is tutored"),
], labels=[
    ("S608", "Relationship Skills", P, "You're really close. Can you tell me how you got that, and I'll tell you where I'd do it differently?"),
    ("S605", "Self-Management", Dv, "Can I take like a minute? I'm getting mad at this."),
    ("S605", "Cognitive Flexibility", P, "Okay. I'm good, let's do the next one. I'll circle the units first this time."),
])

D("bridge challenge 5-7.txt", "T602", "txt", """
Straw bridge challenge -- Group 2 -- May 7
(typed from the phone recording, Mr. O-B)

> Mr. O-B: Fifteen minutes left. Where are you?
> Amara: We have the deck but it sags. What if the sides are triangles instead of squares? Triangles don't bend as much, that's what the truss picture showed.
> Jordan: Amara's idea with the triangles is better than mine. Let's do hers and I'll cut the straws.
> Kit: Okay, the tape ran out, so what if we notch the straws and slide them together instead? Like Lincoln Logs.
> Amara: Do it. Jordan, cut notches on the ends.
> Mr. O-B: Love it.
""", truth=[
    ("S606", GD, "2026-05-07", "> quoted speaker lines"),
    ("S605", GD, "2026-05-07", ""),
    ("S608", GD, "2026-05-07", ""),
], labels=[
    ("S606", "Creativity & Innovation", P, "What if the sides are triangles instead of squares? Triangles don't bend as much, that's what the truss picture showed."),
    ("S605", "Collaboration", P, "Amara's idea with the triangles is better than mine. Let's do hers and I'll cut the straws."),
    ("S608", "Cognitive Flexibility", P, "Okay, the tape ran out, so what if we notch the straws and slide them together instead? Like Lincoln Logs."),
])

D("mom email kit.txt", "T602", "txt", """
From: Maureen O'Malley
Sent: Monday, April 13, 2026 8:02 PM
To: Ortiz-Bell, Rafael
Subject: Katherine - science poster

Mr. Ortiz-Bell,

I wanted to give you a heads up. Katherine was up until 11 crying about the poster last night and said she'd rather get a zero than turn in something that wasn't perfect. She ripped the title off twice. This morning she wouldn't bring it to school at all.

She does so well in class that I think you might not see this side. Can we talk about what "done" looks like for this project?

Thanks,
Maureen

Maureen O'Malley | Front Desk, Valley Vet Clinic
""", truth=[("S608", PN, "2026-04-13", "pasted Outlook email; uses her legal name Katherine, not the nickname Kit")],
labels=[
    ("S608", "Self-Management", E, "Katherine was up until 11 crying about the poster last night and said she'd rather get a zero than turn in something that wasn't perfect. She ripped the title off twice."),
])

# =====================================================================
# T603 Mrs. Grace Okonkwo -- grade 8 social studies
# =====================================================================

D("Period 4 socratic seminar 9-25.txt", "T603", "txt", """
Socratic Seminar - Period 4 - Sept 25
Text: "Who owns the river?" (two articles on the Snake River dams)
Recorded on my phone, transcribed by Word. Cleaned up speaker names myself.

(00:00:05) Mrs. O: Let's open with the claim in article one. Who wants to start?
(00:00:12) Priya: Both articles are from 2019 and one is paid for by the power company. I'm not saying it's wrong, but we should find who else measured the salmon numbers before we quote it.
(00:00:31) Dakota R.: My uncle works at the dam and the salmon thing isn't just here. It's the same fight on the Mekong, I read about it for my own project, and the fishing villages there are losing everything.
(00:00:50) Mrs. O: Mateo, what do you think?
(00:00:53) Mateo: I don't know. I agree I guess.
(00:00:58) Shiv: I think Mateo might have something but it's loud in here. Can we do a quick pair-share so he can say it to one person first?
(00:01:06) Mrs. O: Good idea. Two minutes, pairs.
(00:03:20) Mateo: Me and Shiv think the dam helps the farms though. Like my dad's farm gets water from it.
(00:03:28) Priya: That's a good point, it's not only the fish.
""", truth=[
    ("S612", GD, "2025-09-25", "5 speakers incl. teacher; Word dictation cleaned up"),
    ("S611", GD, "2025-09-25", ""),
    ("S609", GD, "2025-09-25", "Mateo Sandoval (T603)"),
    ("S610", GD, "2025-09-25", "Shiv = Siobhán Carr"),
], labels=[
    ("S612", "Critical Thinking", A, "Both articles are from 2019 and one is paid for by the power company. I'm not saying it's wrong, but we should find who else measured the salmon numbers before we quote it."),
    ("S611", "Global Awareness", A, "My uncle works at the dam and the salmon thing isn't just here. It's the same fight on the Mekong, I read about it for my own project, and the fishing villages there are losing everything."),
    ("S609", "Communication", E, "I don't know. I agree I guess."),
    ("S610", "Social Awareness", A, "I think Mateo might have something but it's loud in here. Can we do a quick pair-share so he can say it to one person first?"),
    ("S609", "Critical Thinking", Dv, "Me and Shiv think the dam helps the farms though. Like my dad's farm gets water from it."),
])

D("Okonkwo - Mateo S conference.docx", "T603", "docx", """
# Student Conference
Student: Mateo S.    Date: 10/15/2025
## Ratings
Self-Awareness: Developing
Planning & Prioritization: Emerging
## Notes
When I asked why the DBQ was blank, Mateo said he "didn't feel like it" and then, after a long pause, that he gets embarrassed because his writing is slow. He could name the feeling once I gave him the feelings-words list.
He had no plan for the remaining three days and did not know the due date until I showed him the calendar.
## Plan
Sticky note of due dates every Monday. Check in Thursday.
""", truth=[("S609", TO, "2025-10-15", "teacher-written student conference")],
labels=[
    ("S609", "Self-Awareness", Dv, "When I asked why the DBQ was blank, Mateo said he \"didn't feel like it\" and then, after a long pause, that he gets embarrassed because his writing is slow. He could name the feeling once I gave him the feelings-words list."),
    ("S609", "Planning & Prioritization", E, "He had no plan for the remaining three days and did not know the due date until I showed him the calendar."),
], meta={"title": "Student conference", "author": "Grace Okonkwo", "created": "2025-10-15T21:30:00"})

D("shiv jrnl oct.txt", "T603", "txt", """
Siobhán Carr – SS Journal – 10/30/25

Q: Think about the class debate. How did you handle it when you disagreed?
When I felt my face get hot in the debate I did the count-to-five thing and wrote my point down instead of yelling it, and I still got to say it after Priya. Last year I would’ve just yelled.

Q: What would you do differently?
I talked kind of fast. Next time I want to slow down and look at the people on the other side, not just Mrs. O.
""", enc="cp1252", truth=[("S610", RJ, "2025-10-30", "Windows-1252 text, curly apostrophes and á; Priya merely mentioned")],
labels=[
    ("S610", "Self-Management", P, "When I felt my face get hot in the debate I did the count-to-five thing and wrote my point down instead of yelling it, and I still got to say it after Priya. Last year I would’ve just yelled."),
    ("S610", "Communication", Dv, "I talked kind of fast. Next time I want to slow down and look at the people on the other side, not just Mrs. O."),
])

D("Dakota_Presentation_Nov.pdf", "T603", "pdf", """
# Unit 3 Project: Rivers and Rights
Presenter: Dakota Runningwater -- Nov. 20, 2025
## Transcript (from the class recording)
Dakota: I want you to picture the river the way my grandmother saw it when she was our age, full of fish so thick you could hear them. Now picture a concrete wall. That's what this project is about.
Dakota: I built the map in Google My Maps and checked every dam location against the Army Corps database, because the first website I found had two of them in the wrong state.
Dakota: So my proposal is that the state should ask the tribes before any new dam permit, not after.
## Questions
Mrs. Okonkwo: Priya, you had a question.
Priya: Did the tribal council get asked before the second dam, or was it just the state deciding?
Dakota: Just the state. The council found out from the newspaper.
Mrs. Okonkwo: Thank you, Dakota.
""", truth=[
    ("S611", PP, "2025-11-20", "presentation transcript exported to PDF"),
    ("S612", PP, "2025-11-20", "Priya speaks in the Q&A"),
], labels=[
    ("S611", "Communication", A, "I want you to picture the river the way my grandmother saw it when she was our age, full of fish so thick you could hear them. Now picture a concrete wall. That's what this project is about."),
    ("S611", "Digital Literacy", P, "I built the map in Google My Maps and checked every dam location against the Army Corps database, because the first website I found had two of them in the wrong state."),
    ("S612", "Global Awareness", P, "Did the tribal council get asked before the second dam, or was it just the state deciding?"),
], meta={"title": "Rivers and Rights - Dakota", "author": "Grace Okonkwo", "created": "2025-11-20T19:00:00"})

D("note to self - 12.3.md", "T603", "md", """
**12/3 -- lunch duty**

One of my 8th graders told me at lunch they've been skipping breakfast because the bus comes at 6:40 now and there's nothing in the house. They asked me not to tell anyone. They were fine in class but put their head down during the video.

**To do:** talk to the counselor about the breakfast bag program -- without naming them in the hallway.
""", truth=[("ASK", "", "", "teacher note deliberately leaves out the student's name (gender-neutral 'they'); any of four 8th graders -> ask teacher")])

D("Fwd_ Priya - absence and project.eml", "T603", "eml", """
From: Grace Okonkwo <gokonkwo@tuning5.example>
To: Grace Okonkwo <gokonkwo@tuning5.example>
Subject: Fwd: Priya - absence and project
Date: Thu, 8 Jan 2026 16:20:33 -0700
Content-Type: text/plain; charset="utf-8"

Saving this for Priya's file. -G

---------- Forwarded message ---------
From: Anjali Raman-Holt <anjali.rh@inbox.example>
Date: Thu, Jan 8, 2026 at 7:55 AM
Subject: Priya - absence and project
To: Grace Okonkwo <gokonkwo@tuning5.example>

Dear Mrs. Okonkwo,

We will be in Chennai for my father's 80th from Jan 19 to Feb 1. Priya made herself a calendar for the two weeks with which chapters she'll read each day, and a backup plan if the hotel wifi is bad -- she's downloading the articles before we fly. She also asked her group if she could take the timeline part so they are not waiting on her.

She told me she wants to interview her grandfather about Partition for the migration project, if that is allowed?

Warm regards,
Anjali Raman-Holt
""", truth=[("S612", PN, "2026-01-08", "parent email forwarded by the teacher to herself; date = the parent's email")],
labels=[
    ("S612", "Planning & Prioritization", A, "Priya made herself a calendar for the two weeks with which chapters she'll read each day, and a backup plan if the hotel wifi is bad -- she's downloading the articles before we fly."),
    ("S612", "Collaboration", P, "She also asked her group if she could take the timeline part so they are not waiting on her."),
])

D("Group 2 debate prep transcript.docx", "T603", "docx", """
# Debate prep -- Group 2
February 12, 2026
Speaker key: Speaker 1 = me (Mrs. O), Speaker 2 = Mateo, Speaker 3 = Dakota, Speaker 4 = Shiv
## Transcript
Speaker 1 (00:00): You have the "pro" side on the four-day school week. Who's doing what?
Speaker 3 (00:06): Let's each argue it from the side we don't agree with first, it's a better test of our evidence.
Speaker 2 (00:14): Okay, what if I do the counterargument part, since Dakota has the facts? I can read his notes and write it up tonight.
Speaker 4 (00:22): Fine, but if the school board doesn't go first at the real debate we can flip it and open with the parent survey instead.
Speaker 1 (00:30): Good thinking. Mateo, you'll present the counterargument?
Speaker 2 (00:34): Yeah. I practiced in front of my sister. I still get nervous but I can do the first part without my notes now.
""", truth=[
    ("S609", GD, "2026-02-12", "Word transcription 'Speaker N' with a key line at the top"),
    ("S611", GD, "2026-02-12", ""),
    ("S610", GD, "2026-02-12", ""),
], labels=[
    ("S609", "Collaboration", Dv, "Okay, what if I do the counterargument part, since Dakota has the facts? I can read his notes and write it up tonight."),
    ("S609", "Communication", Dv, "Yeah. I practiced in front of my sister. I still get nervous but I can do the first part without my notes now."),
    ("S611", "Critical Thinking", A, "Let's each argue it from the side we don't agree with first, it's a better test of our evidence."),
    ("S610", "Cognitive Flexibility", P, "Fine, but if the school board doesn't go first at the real debate we can flip it and open with the parent survey instead."),
], meta={"title": "Debate prep G2", "author": "Grace Okonkwo"})

D("Dakota + Priya tutoring.txt", "T603", "txt", """
2026-03-04  Peer tutoring: citations (Priya helping Dakota)  -- Mrs. O present

[Priya]  See how the URL says .org but the About page says it's run by a lobbying group? That's why I use the library database first and Google second.
[Dakota]  So I should check who made the site before I use it? Okay. I only did that for one of mine.
[Priya]  Let's do the other two together. You read, I'll write down who runs it.
[Mrs. O]  Dakota, which of your sources would you keep?
[Dakota]  The Army Corps one and the tribal newspaper. The other one is the lobby, so I'd drop it or say who paid for it.
""", truth=[
    ("S612", PT, "2026-03-04", "bracketed speaker names"),
    ("S611", PT, "2026-03-04", ""),
], labels=[
    ("S612", "Digital Literacy", A, "See how the URL says .org but the About page says it's run by a lobbying group? That's why I use the library database first and Google second."),
    ("S611", "Digital Literacy", Dv, "So I should check who made the site before I use it? Okay. I only did that for one of mine."),
    ("S612", "Relationship Skills", P, "Let's do the other two together. You read, I'll write down who runs it."),
])

D("Mateo S - reflection.pdf", "T603", "pdf", """
# Mid-Semester Reflection
Mateo Sandoval -- 3/19
## What is one habit you changed?
I used to just leave it blank. Now I make a list of what's due on a sticky note on Monday, and I only forgot one thing in two weeks.
## What do you know about yourself as a learner?
When I'm embarrassed I get quiet and then I fall behind, so now I ask Mrs. O at the start of class instead of at the end.
## Anything else?
Dakota helped me with the map part. He is really good at that.
""", truth=[("S609", RJ, "2026-03-19", "student reflection exported to PDF; Dakota merely mentioned")],
labels=[
    ("S609", "Planning & Prioritization", Dv, "I used to just leave it blank. Now I make a list of what's due on a sticky note on Monday, and I only forgot one thing in two weeks."),
    ("S609", "Self-Awareness", P, "When I'm embarrassed I get quiet and then I fall behind, so now I ask Mrs. O at the start of class instead of at the end."),
], meta={"title": "Reflection", "author": "msandoval", "created": "2026-03-19T18:00:00"})

D("IMG_3310 (peer feedback).txt", "T603", "txt", """
[text from photo -- peer edit sheet]
Essay by: Dakota R
Edited by: Siobhan C
4/9

+ Your intro about your grandma is the best one in the class honestly.
? Your claim about the fish ladder needs a source. You say "most" salmon can't get past, but how many? Where is that from?
! I would move the Mekong part to the end so it's like zooming out.
""", truth=[
    ("S610", PF, "2026-04-09", "photo OCR of peer edit sheet; Siobhán wrote it (accent dropped)"),
    ("S611", PF, "2026-04-09", "Dakota's essay is the subject"),
], labels=[
    ("S610", "Critical Thinking", P, "Your claim about the fish ladder needs a source. You say \"most\" salmon can't get past, but how many? Where is that from?"),
    ("S610", "Creativity & Innovation", Dv, "I would move the Mekong part to the end so it's like zooming out."),
])

D("Okonkwo obs - Dakota May.docx", "T603", "docx", """
# Observation
Dakota R. -- 5/14/2026 -- Research workshop
Dakota's research is strong but his Google Drive was a mess, 40 untitled docs. Once I gave him the folder template he sorted them, but only after I sat with him for the first ten minutes.
He then stayed in at lunch to help Mateo find the map he had lost, and showed him how to search his own Drive by date.
Organization: D
""", truth=[("S611", TO, "2026-05-14", "Mateo merely mentioned")],
labels=[
    ("S611", "Organization", Dv, "Once I gave him the folder template he sorted them, but only after I sat with him for the first ten minutes."),
    ("S611", "Relationship Skills", P, "He then stayed in at lunch to help Mateo find the map he had lost, and showed him how to search his own Drive by date."),
], meta={"title": "Obs - Dakota", "author": "Grace Okonkwo", "created": "2026-05-14T20:00:00"})

D("Siobhan - final reflection.docx", "T603", "docx", """
# Final Reflection -- 8th Grade Social Studies
Siobhán Carr
5/20
## Prompt 1: Describe a hard decision you made this year.
I almost shared the screenshot from the group chat, because it would have proved I was right. But it would have hurt Dakota's cousin, who isn't even at our school, and it would stay online forever. I deleted it and told Mrs. O there was a problem without saying names.
## Prompt 2: How have you grown as a teammate?
In September I just did my part and didn't care about anyone else's. Now I check in with my group on Fridays and I ask the quiet people first, because I know what it's like when nobody asks you.
""", truth=[("S610", RJ, "2026-05-20", "student-authored docx (core author is the student); Dakota merely mentioned")],
labels=[
    ("S610", "Responsible Decision-Making", A, "I almost shared the screenshot from the group chat, because it would have proved I was right. But it would have hurt Dakota's cousin, who isn't even at our school, and it would stay online forever. I deleted it and told Mrs. O there was a problem without saying names."),
    ("S610", "Relationship Skills", P, "Now I check in with my group on Fridays and I ask the quiet people first, because I know what it's like when nobody asks you."),
], meta={"title": "Final reflection", "author": "Siobhan Carr", "created": "2026-05-20T17:45:00"})

# =====================================================================
# T604 Mr. Lyle Haverford -- math 7/8 (mixed-grade block)
# =====================================================================

D("math obs 9_12.md", "T604", "md", """
# Math block -- Fri Sept 12

**Bao:** Bao was out of his seat four times in the first ten minutes and called out answers before I finished the question, even after two reminders.

**Eli:** Eli followed the five-step ratio table directions from the board without asking and checked each step off as he went. Finished and started the challenge problem.

**Quick levels:** Bao IC -- E / Eli WM -- P
""", truth=[
    ("S615", TO, "2025-09-12", "two students in one note"),
    ("S616", TO, "2025-09-12", ""),
], labels=[
    ("S615", "Inhibitory Control", E, "Bao was out of his seat four times in the first ten minutes and called out answers before I finished the question, even after two reminders."),
    ("S616", "Working Memory", P, "Eli followed the five-step ratio table directions from the board without asking and checked each step off as he went."),
    ("S616", "Task Initiation", P, "Finished and started the challenge problem."),
])

D("Otter - problem of the week group 1 - Oct 6 2025.txt", "T604", "txt", """
Problem of the Week - Group 1
Oct 6, 2025 - 12 min

Lyle Haverford  00:01
Problem: a farmer has 36 meters of fence. What's the biggest rectangle pen? Go.

Bao Tran  00:07
We could use the Legos from the bin to build it. Like each Lego is a meter.

Zoe Marchetti  00:12
I don't care, whatever you guys pick.

William Bishop  00:20
What if we stop thinking of it as a fence problem and draw it as a grid? Then it's just counting squares. Ten by eight is eighty, nine by nine is eighty-one.

Bao Tran  00:33
Wait, so the square wins? Is it always the square or just this time?

William Bishop  00:38
Let's try 40 meters and see.

Zoe Marchetti  00:41
Can I just copy yours.

Lyle Haverford  00:44
Zoe, pick a perimeter and test Will's idea. You're in this too.
""", truth=[
    ("S615", GD, "2025-10-06", "Otter; William Bishop goes by Will"),
    ("S614", GD, "2025-10-06", "Zoe Marchetti (T604), not Zoë Brandt (T601)"),
    ("S613", GD, "2025-10-06", ""),
], labels=[
    ("S615", "Creativity & Innovation", Dv, "We could use the Legos from the bin to build it. Like each Lego is a meter."),
    ("S615", "Critical Thinking", Dv, "Wait, so the square wins? Is it always the square or just this time?"),
    ("S614", "Collaboration", E, "I don't care, whatever you guys pick."),
    ("S613", "Cognitive Flexibility", A, "What if we stop thinking of it as a fence problem and draw it as a grid? Then it's just counting squares. Ten by eight is eighty, nine by nine is eighty-one."),
])

D("Will email from dad.txt", "T604", "txt", """
---- pasted from my inbox, 10/20 ----

Mr. Haverford,

Will's grade on the unit test surprised us. He told me he "doesn't need to write it down because the teacher knows he's smart," and when I asked him to explain problem 6 to his sister he got frustrated and walked off.

We will work on showing work at home. I will check the portal on Fridays.

Thanks,
Tom Bishop
""", truth=[("S613", PN, "2025-10-20", "parent email pasted into a txt; 'Will' is both the nickname and an ordinary word ('I will check')")],
labels=[
    ("S613", "Communication", E, "He told me he \"doesn't need to write it down because the teacher knows he's smart,\" and when I asked him to explain problem 6 to his sister he got frustrated and walked off."),
])

D("Exit slips 11-5.pdf", "T604", "pdf", """
# Exit Slips -- Wed. Nov 5
Typed up from the slips (2 kept for conferences)
## Bao T.
How did today go? I get the answer wrong when I rush. I rushed today because I wanted to be first. Tomorrow I will check one problem before I hand it in.
## Zoe M.
How did today go? I didn't start the problems until the last 5 minutes because I didn't know how to do #1 and I didn't want to ask.
""", truth=[
    ("S615", RJ, "2025-11-05", "exit slips = student reflection; two students on one PDF"),
    ("S614", RJ, "2025-11-05", ""),
], labels=[
    ("S615", "Self-Awareness", Dv, "I get the answer wrong when I rush. I rushed today because I wanted to be first."),
    ("S614", "Task Initiation", E, "I didn't start the problems until the last 5 minutes because I didn't know how to do #1 and I didn't want to ask."),
], meta={"title": "Exit slips", "author": "Lyle Haverford", "created": "2025-11-05T22:00:00"})

D("Zoë M journal.docx", "T604", "docx", """
# Haverford Math 8 -- Reflection Journal
Zoë M.   Dec. 17
## Prompt: Tell me about a time this week you were stuck.
When I got stuck on the second one I didn't give up, I went back to the example in my notes and tried it with smaller numbers, but I did need Mr. H to start the third one with me.
## Prompt: How do you feel about math right now?
Better. I'm not as scared to ask. I asked Eli yesterday and he didn't make it weird.
""", truth=[("S614", RJ, "2025-12-17", "teacher spelled her name Zoë (with diaeresis) -- still Zoe Marchetti, T604; Eli merely mentioned")],
labels=[
    ("S614", "Self-Management", Dv, "When I got stuck on the second one I didn't give up, I went back to the example in my notes and tried it with smaller numbers, but I did need Mr. H to start the third one with me."),
    ("S614", "Relationship Skills", Dv, "Better. I'm not as scared to ask. I asked Eli yesterday and he didn't make it weird."),
], meta={"title": "Reflection journal", "author": "Lyle Haverford", "created": "2025-12-17T20:00:00"})

D("haverford conf notes - Eli S-M.pdf", "T604", "pdf", """
# Conference Notes
Eli S-M -- 1.27.26
## Observations
Eli showed me the color-coded tab system he built for his binder, one color per unit with a "stuff I got wrong" tab at the back, and he has now set it up for two of his tablemates.
He has the science fair and the math project due the same week, so he made a two-column calendar and moved his math milestones up a week in case the fair judging runs late.
## Levels discussed
Organization -- Advanced. Planning -- Advanced.
""", truth=[("S616", TO, "2026-01-27", "conference notes by teacher; date written 1.27.26")],
labels=[
    ("S616", "Organization", A, "Eli showed me the color-coded tab system he built for his binder, one color per unit with a \"stuff I got wrong\" tab at the back, and he has now set it up for two of his tablemates."),
    ("S616", "Planning & Prioritization", A, "He has the science fair and the math project due the same week, so he made a two-column calendar and moved his math milestones up a week in case the fair judging runs late."),
], meta={"title": "Conference notes - Eli", "author": "Lyle Haverford", "created": "2026-01-27T21:00:00"})

D("Tutoring - Eli & Will.txt", "T604", "txt", """
Peer tutoring log -- slope -- Feb. 24
(Eli tutoring Will, Bao listening in, me at the next table)

ELI (12:02): Think of the slope like the stairs at the gym. How many you go up for every step forward.
WILL (12:03): Okay, wait, let me say it back. You go up two for every one over, so it's two over one. Right?
ELI (12:03): Yeah. Now write it so Bao can see it too.
BAO (12:04): Oh, that's easier than the book.
MR. H (12:05): Will, can you explain the next one to Bao out loud?
WILL (12:05): So this one goes down, so it's negative. Down three, over one. Negative three. I'll write the steps so you can copy the pattern, not the answer.
""", truth=[
    ("S616", PT, "2026-02-24", "CAPS speaker labels with times; Eli tutors"),
    ("S613", PT, "2026-02-24", "Will = William Bishop"),
    ("S615", PT, "2026-02-24", "Bao speaks briefly"),
], labels=[
    ("S616", "Communication", P, "Think of the slope like the stairs at the gym. How many you go up for every step forward."),
    ("S616", "Relationship Skills", P, "Yeah. Now write it so Bao can see it too."),
    ("S613", "Communication", Dv, "Okay, wait, let me say it back. You go up two for every one over, so it's two over one. Right?"),
    ("S613", "Collaboration", P, "I'll write the steps so you can copy the pattern, not the answer."),
])

D("bao peer fb.md", "T604", "md", """
**Gallery walk feedback**  3/12

**Project:** Will B. -- "How many pizzas for the 8th grade dance?"
**Feedback by:** Bao

**Star:** It was good. The graph was cool.
**Wish:** Maybe talk louder.
**Question:** Did you count the teachers?

**Mr. H:** Bao, next time one specific thing, ok?
""", truth=[
    ("S615", PF, "2026-03-12", "Bao wrote the feedback"),
    ("S613", PF, "2026-03-12", "Will's project is the subject"),
], labels=[
    ("S615", "Communication", E, "It was good. The graph was cool."),
    ("S615", "Critical Thinking", Dv, "Did you count the teachers?"),
])

D("Budget project presentations 4-16.docx", "T604", "docx", """
# Budget Project -- Presentations
Thursday, April 16, 2026
## Zoe M. and Bao T. -- "First Phone Budget"
Zoe: We found two "cheapest phone plan" websites but both were owned by the same company, so we went to the carriers' own pages and built the spreadsheet ourselves.
Zoe: If you look at the second tab, the cheap plan is actually more over two years because of the activation fee. So the cheapest isn't the cheapest.
Bao: We ran out of time on the last slide because I spent too long on the logo. Sorry. The last slide was going to be the family plan.
Mr. Haverford: What would you change if you did it again?
Bao: Do the slides first and the logo last. And I'd set a timer for each part.
""", truth=[
    ("S614", PP, "2026-04-16", "pair presentation"),
    ("S615", PP, "2026-04-16", ""),
], labels=[
    ("S614", "Digital Literacy", A, "We found two \"cheapest phone plan\" websites but both were owned by the same company, so we went to the carriers' own pages and built the spreadsheet ourselves."),
    ("S614", "Communication", P, "If you look at the second tab, the cheap plan is actually more over two years because of the activation fee. So the cheapest isn't the cheapest."),
    ("S615", "Planning & Prioritization", Dv, "Do the slides first and the logo last. And I'd set a timer for each part."),
], meta={"title": "Budget project presentations", "author": "Lyle Haverford", "created": "2026-04-16T22:00:00"})

D("voice note lyle.txt", "T604", "txt", """
Transcribed voice note -- Apr 28

Reminder. One of my eighth graders left the calculator cart unlocked again and two calculators are gone. Talked to them at the door, they said they forgot, seemed really upset about it. Not going to write a referral. Follow up tomorrow, and email home if it happens again.
""", truth=[("ASK", "", "", "two 8th graders in this class (Zoe, Eli); no name given -> ask teacher")])

D("Bao note May.md", "T604", "md", """
**Bao -- May 6**

Bao waited for the whole question and wrote his answer on the whiteboard instead of shouting it, every time during the warm-up. He told me "I count in my head to three now." Huge change from September.

He also reminded Will to wait when Will started to call out.

IC now P?
""", truth=[("S615", TO, "2026-05-06", "Will merely mentioned")],
labels=[
    ("S615", "Inhibitory Control", P, "Bao waited for the whole question and wrote his answer on the whiteboard instead of shouting it, every time during the warm-up."),
    ("S615", "Self-Management", P, "He told me \"I count in my head to three now.\" Huge change from September."),
])

D("Stroud-Mackey mtg w mom.docx", "T604", "docx", """
# Call with Ms. Stroud (Eli's mom)
March 18
## Notes
She says Eli has been running a Saturday homework club at the library for his cousins and two neighbor kids, and he made the sign-up sheet himself.
She is worried he takes on too much. He told her he'd rather help than be bored, but he was short with his little sister when the math club ran late.
## Follow-up
Check on load before spring projects.
""", truth=[("S616", PN, "2026-03-18", "teacher's notes of a phone call with a parent = parent_note")],
labels=[
    ("S616", "Task Initiation", A, "She says Eli has been running a Saturday homework club at the library for his cousins and two neighbor kids, and he made the sign-up sheet himself."),
    ("S616", "Self-Management", Dv, "He told her he'd rather help than be bored, but he was short with his little sister when the math club ran late."),
], meta={"title": "Parent call", "author": "Lyle Haverford"})

# ---------------------------------------------------------------- extras (second pass)

D("morning mtg circle 1-29.docx", "T601", "docx", """
# Advisory circle -- restorative
Thursday, January 29th
(typed up during circle, Ms. W)
## Circle
MsW - Let's talk about what happened at the table during reading.
Jordan - It's not my fault, Teo keeps bumping my chair, that's why I got mad. He always starts it.
Teo - I guess I shouldn't have taken his pencil but everybody does it. I gave it back.
Zo - Jordan, when you yelled, Hope jumped. I don't think you meant to scare her, but she did get scared.
MsW - What could we try tomorrow?
Teo - I could just ask next time. Or use my own pencil, I have like five now.
""", truth=[
    ("S603", GD, "2026-01-29", "dash-separated speaker labels; MsW = teacher"),
    ("S602", GD, "2026-01-29", ""),
    ("S604", GD, "2026-01-29", "Hope mentioned only, she does not speak -> no row for S601"),
], labels=[
    ("S603", "Self-Awareness", E, "It's not my fault, Teo keeps bumping my chair, that's why I got mad. He always starts it."),
    ("S602", "Responsible Decision-Making", Dv, "I guess I shouldn't have taken his pencil but everybody does it. I gave it back."),
    ("S604", "Social Awareness", P, "Jordan, when you yelled, Hope jumped. I don't think you meant to scare her, but she did get scared."),
], meta={"title": "Circle notes", "author": "Dana Whitcomb"})

D("lab safety 3-17.md", "T602", "md", """
### Lab safety -- 3/17 (Tues), 5th

Wyatt lit the Bunsen burner before his goggles were on and with his sleeve hanging over the flame, right after I had gone over it. When I asked why, he said he "wanted to see if it would work faster." No one hurt. Kit pulled his sleeve back.

He did write the three safety steps on his card afterwards without being asked and read them back to me correctly.

Responsible decisions: E
""", truth=[("S607", TO, "2026-03-17", "Kit merely mentioned")],
labels=[
    ("S607", "Responsible Decision-Making", E, "Wyatt lit the Bunsen burner before his goggles were on and with his sleeve hanging over the flame, right after I had gone over it. When I asked why, he said he \"wanted to see if it would work faster.\""),
    ("S607", "Working Memory", P, "He did write the three safety steps on his card afterwards without being asked and read them back to me correctly."),
])

D("RE_ Siobhan - phone at night.eml", "T603", "eml", """
From: Declan Carr <dcarr.home@mailbox.example>
To: Grace Okonkwo <gokonkwo@tuning5.example>
Subject: RE: Siobhan - phone at night
Date: Tue, 24 Feb 2026 22:03:40 -0700
Content-Type: text/plain; charset="utf-8"

Mrs. Okonkwo,

Thanks for letting us know she's been tired in class. We found out she's been up late on her phone. She told us she's been checking on a friend who is having a really hard time and didn't want her to feel alone, which, okay, we understand.

But she also admits she can't put the phone down once it buzzes, even on nights she says she wants to sleep. We're going to have it charge in the kitchen.

Declan Carr

> From: Grace Okonkwo
> Sent: Tuesday, February 24, 2026 3:30 PM
> Shiv has been falling asleep in 4th period this week. Everything ok at home?
""", truth=[("S610", PN, "2026-02-24", "parent reply; teacher's question quoted below with '>'")],
labels=[
    ("S610", "Social Awareness", P, "She told us she's been checking on a friend who is having a really hard time and didn't want her to feel alone, which, okay, we understand."),
    ("S610", "Inhibitory Control", E, "But she also admits she can't put the phone down once it buzzes, even on nights she says she wants to sleep."),
])

D("will journal 1-21.md", "T604", "md", """
Will B -- math journal -- 1/21

*Mr. H prompt: Look at your test. What happened?*

Math is easy for me so I don't need to show work. The test was just unfair because it had tricky ones.

*Mr. H prompt: What is one thing you'll try?*

I found my calculator in my gym bag, so at least I have it now. Mr. H gave me a pencil pouch and I'm trying it but I forgot it Tuesday.
""", truth=[("S613", RJ, "2026-01-21", "journal with italic teacher prompts")],
labels=[
    ("S613", "Self-Awareness", E, "Math is easy for me so I don't need to show work. The test was just unfair because it had tricky ones."),
    ("S613", "Organization", Dv, "Mr. H gave me a pencil pouch and I'm trying it but I forgot it Tuesday."),
])


if __name__ == "__main__":
    build()
