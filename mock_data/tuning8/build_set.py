"""Build the tuning8 evaluation set deterministically.

Run: /work/main/.venv/bin/python build_set.py   (from this folder)
Every file under roster/ and documents/, plus truth.csv, labelled_set.csv and
manifest.csv, is rewritten byte-for-byte identically on each run.
"""
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
DOCS = HERE / "documents"
ROSTER = HERE / "roster"
FIXED = dt.datetime(2026, 5, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TEACHERS = [
    ("T901", "Adriana Quintero-Vance", "aquintero@bolsavista.org", "U0T901"),
    ("T902", "Daniel Huỳnh", "dhuynh@bolsavista.org", "U0T902"),
    ("T903", "Keisha Morrow", "kmorrow@bolsavista.org", "U0T903"),
    ("T904", "Tomás Beltrán", "tbeltran@bolsavista.org", "U0T904"),
]
STUDENTS = [
    ("S901", "Sofía Ramírez Ortega", 6, "T901", "Sofi"),
    ("S902", "Minh Anh Trần", 6, "T901", ""),
    ("S903", "Jayden Brooks-Whitaker", 6, "T901", "JB"),
    ("S904", "Isabella Cruz", 6, "T901", "Bella"),
    ("S905", "Bảo Phạm", 7, "T902", ""),
    ("S906", "Sofia Delgado", 7, "T902", ""),
    ("S907", "Marcus Lee", 7, "T902", ""),
    ("S908", "Yesenia Gutiérrez Luna", 7, "T902", "Yesi"),
    ("S909", "Khánh Lê", 8, "T903", "Kay"),
    ("S910", "Diego Hernández", 8, "T903", ""),
    ("S911", "Amara Okafor-Reyes", 8, "T903", ""),
    ("S912", "Tyler Nguyen", 8, "T903", "Ty"),
    ("S913", "Lucía Benítez", 8, "T904", ""),
    ("S914", "Quang Võ", 8, "T904", "Q"),
    ("S915", "Marcus Bell", 8, "T904", ""),
    ("S916", "Renée Dubois-Carter", 8, "T904", ""),
]

ALL: list[dict] = []


def D(fname, fmt, teacher, etype, date, text, truth, labels, **kw):
    """Register one document. truth: list of (student_id, note); labels: (sid, skill, level, quote)."""
    ALL.append(dict(fname=fname, fmt=fmt, teacher=teacher, etype=etype, date=date,
                    text=text, truth=truth, labels=labels, **kw))


# ---------------------------------------------------------------- writers
def write_text(path: Path, d: dict) -> None:
    text = d["text"].lstrip("\n")
    if d.get("crlf"):
        text = text.replace("\n", "\r\n")
    enc = d.get("encoding", "utf-8")
    path.write_bytes(text.encode(enc))


def fixed_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path: Path, d: dict) -> None:
    doc = docx.Document()
    cp = doc.core_properties
    cp.title = d.get("title", "")
    cp.author = d.get("author", "")
    cp.last_modified_by = d.get("author", "")
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    table = None
    for line in d["text"].strip("\n").split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, c in enumerate(cells):
                row[i].text = c
            continue
        table = None
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def write_pdf(path: Path, d: dict) -> None:
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(d.get("title", ""))
    pdf.set_author(d.get("author", ""))
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    header = d.get("header", "")

    class _P(FPDF):
        pass

    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    if header:
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)
    for line in d["text"].strip("\n").split("\n"):
        if line.startswith("# "):
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.strip() == "":
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build() -> None:
    for p in (DOCS, ROSTER):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    with open(ROSTER / "teachers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "email", "slack_user_id"])
        w.writerows(TEACHERS)
    with open(ROSTER / "students.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "grade", "teacher_id", "nickname"])
        w.writerows(STUDENTS)
    seen = set()
    for d in ALL:
        assert d["fname"] not in seen, d["fname"]
        seen.add(d["fname"])
        path = DOCS / d["fname"]
        {"docx": write_docx, "pdf": write_pdf}.get(d["fmt"], write_text)(path, d)
    with open(HERE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "student_id", "entry_type", "entry_date", "notes"])
        for d in ALL:
            for sid, note in d["truth"]:
                w.writerow([d["fname"], sid, d["etype"], d["date"], note])
    with open(HERE / "labelled_set.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "student_id", "skill", "level", "quote"])
        for d in ALL:
            for sid, skill, level, quote in d["labels"]:
                w.writerow([d["fname"], sid, skill, level, quote])
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["document", "teacher_id", "format", "encoding"])
        for d in ALL:
            w.writerow([d["fname"], d["teacher"], d["fmt"], d.get("encoding", "utf-8")])



# ================================================================ T901  Ms. Quintero-Vance, grade 6 ELA (dual language)
D("Lit circle Esperanza Rising 9-18.txt", "txt", "T901", "group_discussion_transcript", "2025-09-18", """
Lit circle - Esperanza Rising ch. 3-4
Thurs 9/18  group 2 (recorded on my phone, typed up at lunch)

Ms. Q: Okay, discussion director, you're up. What's your first question?
Sofi: Um ok. Why do you think Esperanza was so mean to Miguel about the train?
JB: Because she's spoiled lol
Ms. Q: Jayden, let her finish and then build on it.
Sofi: I think she's not mean exactly, she's scared because everything is changing and she doesn't know how to act like a poor person yet. Like when my cousin moved here she was rude to everybody the first month and it was just because she was sad.
Minh Anh: I agree.
Ms. Q: Can you say more, Minh Anh?
Minh Anh: ...no it's ok.
JB: Wait can I go now? I had a connection but I forgot it. Oh wait no it was the thing with the doll. The doll from her papa.
Bella: I drew the doll for my illustrator job! I made it half gold and half like dirt color because she's half rich and half not anymore.
Sofi: Ooh that's smart Bella.
JB: Who has the roles sheet? I lost mine.
Ms. Q: Check your folder, Jayden.
JB: It's not in there.
""", [("S901", "discussion director"), ("S902", "one line, declines to elaborate"), ("S903", ""), ("S904", "")], [
    ("S901", "Social Awareness", "Developing", "I think she's not mean exactly, she's scared because everything is changing and she doesn't know how to act like a poor person yet."),
    ("S902", "Communication", "Emerging", "...no it's ok."),
    ("S903", "Inhibitory Control", "Emerging", "Wait can I go now? I had a connection but I forgot it."),
    ("S903", "Organization", "Emerging", "Who has the roles sheet? I lost mine."),
    ("S904", "Creativity & Innovation", "Proficient", "I made it half gold and half like dirt color because she's half rich and half not anymore."),
])

D("Note 10-7.txt", "txt", "T901", "teacher_observation_note", "2025-10-07", """
JB - independent reading block
Came in w/o book AGAIN, 3rd time this wk. Spent 6 min looking in backpack, then asked to go to locker. Once he had the book he read ~12 min w/o stopping, which is the longest I've seen.
When Isabella's table got loud he turned his chair around to face the wall on his own - didn't ask him to.
Said "I'm just bad at remembering stuff" when I asked about the book. Need a checklist taped in his binder?

Organization: E
Inhibitory Control: D
Self-Awareness: E
""", [("S903", "Isabella mentioned, not observed")], [
    ("S903", "Organization", "Emerging", "Came in w/o book AGAIN, 3rd time this wk."),
    ("S903", "Inhibitory Control", "Developing", "When Isabella's table got loud he turned his chair around to face the wall on his own - didn't ask him to."),
])

D("Exit tickets 11-3 per 2.md", "md", "T901", "reflection_journal", "2025-11-03", """
# Exit tickets — Monday, November 3rd (period 2)

**Prompt:** *What was one thing that was hard in today's partner writing, and what did you do about it?*

---

**Minh Anh T.**
It was hard because my partner wanted to write about soccer and I wanted to write about the lantern festival. I didnt say anything at first. Then I wrote my idea on a sticky note and gave it to him so we could pick. We did both in one story.

**Isabella C.**
hard: I had like 5 ideas and I couldn't pick. What I did was I crossed off the ones that didnt have a problem in them because Ms. Q said every story needs a problem. Now I have 2 left.

**Jayden B-W**
I dont know. Nothing was hard. Actually the hard part was my pencil broke and I couldnt find another one so I just waited.
""", [("S902", ""), ("S904", ""), ("S903", "")], [
    ("S902", "Relationship Skills", "Developing", "Then I wrote my idea on a sticky note and gave it to him so we could pick."),
    ("S904", "Critical Thinking", "Developing", "What I did was I crossed off the ones that didnt have a problem in them because Ms. Q said every story needs a problem."),
    ("S903", "Task Initiation", "Emerging", "Actually the hard part was my pencil broke and I couldnt find another one so I just waited."),
])

D("Re_ tarea de Sofía.eml", "eml", "T901", "parent_note", "2025-11-12", """
From: Marisol Ortega <marisol.ortega.r@gmail.com>
To: Adriana Quintero-Vance <aquintero@bolsavista.org>
Subject: Re: tarea de Sofía
Date: Wed, 12 Nov 2025 20:14:33 -0800
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buenas noches Maestra,

Gracias por avisarme. Sofía Ramírez Ortega es mi hija, she is in your 6th grade homeroom. I want to tell you that at home she is doing much better with la tarea. Before she was crying every night because she didn't know where to start. Now she makes a little list on her hand (jaja) and she does the hardest one first. She told me "Mami, I don't need you to sit with me anymore." I was so proud.

Also, she is reading to her little brother in Spanish every night, she says it is practice for her presentation.

Disculpe mi inglés.
Marisol Ortega

On Tue, Nov 11, 2025 at 3:41 PM Adriana Quintero-Vance <aquintero@bolsavista.org> wrote:
> Hola Sra. Ortega,
> Just a quick note that Sofía turned in all of her reading logs this
> week. She's really growing in how she shares in lit circle. How is
> homework going at home?
> Ms. Quintero-Vance
""", [("S901", "mother uses both surnames; reply quotes teacher's message")], [
    ("S901", "Self-Management", "Proficient", "Now she makes a little list on her hand (jaja) and she does the hardest one first."),
    ("S901", "Task Initiation", "Proficient", "She told me \"Mami, I don't need you to sit with me anymore.\""),
])

D("Peer feedback - Bella for Minh Anh.docx", "docx", "T901", "peer_feedback", "2025-12-05", """
# Peer Feedback Form — Personal Narrative Draft
Reviewer: Isabella Cruz
Writer: Minh Anh Trần
Date: 12/5
|Glow (what works)|Grow (what to try)|
|Your beginning with the smell of the bánh chưng is so good I could smell it.|Maybe tell more how you felt when your grandma left, because you only said sad.|
## Anything else?
I think your story is really brave because you wrote about something that hurt. I would never be able to do that. You never gave up on the ending even when Ms. Q said to change it twice.
## Writer's response
Thank you. I will try to add the feeling part. I think I felt sad but also mad at the airport because nobody told me she was leaving that day. I didn't know mad and sad could be at the same time.
""", [("S904", "reviewer"), ("S902", "writer; responds at end")], [
    ("S904", "Social Awareness", "Proficient", "I think your story is really brave because you wrote about something that hurt."),
    ("S904", "Communication", "Proficient", "Maybe tell more how you felt when your grandma left, because you only said sad."),
    ("S902", "Self-Awareness", "Proficient", "I think I felt sad but also mad at the airport because nobody told me she was leaving that day."),
], title="Peer Feedback - Personal Narrative", author="Adriana Quintero-Vance")

D("Minh Anh tutoring session.txt", "txt", "T901", "peer_tutoring_transcript", "2026-01-14", """
Minh Anh tutoring session
Otter.ai transcript, exported Jan 14, 2026

Speaker 1  0:00
Okay so you have to find a common denominator first. What's the denominator on this one?

Speaker 2  0:06
Eight. And that one's four.

Speaker 1  0:09
So can four go into eight?

Speaker 2  0:12
Yeah. Two times. Oh wait so I just times the top by two too?

Speaker 1  0:18
Yes! See you got it. Last time you said you were bad at fractions but you just did it by yourself.

Speaker 2  0:25
Okay but you told me the first step. Can you not tell me on the next one? Like just watch.

Speaker 1  0:31
Okay. I'll just watch. If you get stuck, look at the steps we wrote on the card.

Speaker 2  0:37
Bet. Three-fifths plus one-tenth... ten. Five goes into ten. So six-tenths plus one-tenth is seven-tenths.

Speaker 1  0:50
Jayden that's right.

[Teacher note added: Speaker 1 = Minh Anh, Speaker 2 = Jayden. Ms. Q]
""", [("S902", "tutor (Speaker 1)"), ("S903", "tutee (Speaker 2); file name names only Minh Anh")], [
    ("S902", "Relationship Skills", "Proficient", "Last time you said you were bad at fractions but you just did it by yourself."),
    ("S902", "Communication", "Developing", "Okay. I'll just watch. If you get stuck, look at the steps we wrote on the card."),
    ("S903", "Self-Awareness", "Developing", "Okay but you told me the first step. Can you not tell me on the next one? Like just watch."),
    ("S903", "Task Initiation", "Developing", "Bet. Three-fifths plus one-tenth... ten. Five goes into ten."),
])

D("Conference write-up - Jayden B-W (Jan 2026).pdf", "pdf", "T901", "teacher_observation_note", "2026-01-22", """
# Student Conference Write-Up
Student: Jayden Brooks-Whitaker ("JB"), grade 6
Date: Thursday, January 22, 2026
Present: JB, Ms. Quintero-Vance, Mr. Whitaker (dad, by phone)

Summary
JB and I looked at his binder together. Since winter break he has been using the checklist taped on the inside cover, and he now has 4 of 5 reading logs turned in, compared with 1 of 5 in October.
JB told us that he needs fewer reminders now because he checks the list at the end of every class.
He is still struggling to get started on writing tasks; today he needed two prompts before he opened his draft.
He said he wants to be "the kid who has a pencil for other people" by spring, which I loved.

Next steps
Keep the checklist. Try a 2-minute start timer for writing. Check in again in March.

Skills discussed: Organization, Task Initiation, Self-Awareness
""", [("S903", "conference; dad present by phone")], [
    ("S903", "Organization", "Developing", "Since winter break he has been using the checklist taped on the inside cover, and he now has 4 of 5 reading logs turned in, compared with 1 of 5 in October."),
    ("S903", "Task Initiation", "Emerging", "He is still struggling to get started on writing tasks; today he needed two prompts before he opened his draft."),
    ("S903", "Self-Awareness", "Developing", "JB told us that he needs fewer reminders now because he checks the list at the end of every class."),
], title="Conference write-up - Jayden B-W", author="Adriana Quintero-Vance",
   header="Bolsa Vista K-8 · Grade 6 ELA/SLA · Quintero-Vance")

D("obs-notes-2026-02-10.md", "md", "T901", "teacher_observation_note", "2026-02-10", """
## Obs — dual-language table groups

- **Sofi** ran her table's vocabulary sort without me. When Bella and JB both grabbed the same card she said, "ok you both say why it goes there and we vote," and they did. She switched to Spanish for Ana (newcomer, not on my list) and back to English without missing a beat.
- **Minh Anh** raised her hand twice today during whole group! First time all year she volunteered without being called on. Her answer about the word *bittersweet* connected back to her narrative.

Skills seen: Collaboration, Communication, Relationship Skills, Self-Awareness
""", [("S901", "Bella and JB only mentioned in Sofi's bullet: no rows")  , ("S902", "")], [
    ("S901", "Collaboration", "Advanced", "When Bella and JB both grabbed the same card she said, \"ok you both say why it goes there and we vote,\" and they did."),
    ("S901", "Communication", "Advanced", "She switched to Spanish for Ana (newcomer, not on my list) and back to English without missing a beat."),
    ("S902", "Communication", "Developing", "First time all year she volunteered without being called on."),
])

D("Minh Anh journal March.txt", "txt", "T901", "reflection_journal", "2026-03-09", """
Reflection Journal — Minh Anh Trần
Monday March 9

Prompt (Ms. Q): Look back at your goal from September. How close are you? What is your next goal?

In September my goal was "talk one time in lit circle." I didnt do it for a long time because I was scared my English would sound wrong. Now I talk almost every time. What helped is I write my sentence on a sticky note first and then I say it. I still do that but the sticky notes are getting shorter.

Prompt: What is something you are still working on?

I still get quiet when the group is all boys. I notice my face gets hot and I stop. My next goal is to say my idea even when my face is hot, and to ask one question to somebody who didn't talk yet, because I know how that feels.
""", [("S902", "")], [
    ("S902", "Self-Awareness", "Advanced", "I notice my face gets hot and I stop. My next goal is to say my idea even when my face is hot, and to ask one question to somebody who didn't talk yet, because I know how that feels."),
    ("S902", "Self-Management", "Proficient", "What helped is I write my sentence on a sticky note first and then I say it."),
], encoding="utf-16")

D("Bella presentation - Mi abuela's pueblo.txt", "txt", "T901", "project_presentation_transcript", "2026-03-20", """
Heritage project presentations — transcribed from the class video, 3/20

Okay so hi. My project is about my abuela's pueblo, it's called San Juan de los Lagos and it's in Jalisco. So first I'm going to show you the map. I made the map myself out of cardboard and yarn, the yarn is the roads. I was going to do a poster but everybody does a poster so I wanted it to be something you could touch.

So the most important thing in the pueblo is the basilica, people walk there from really far, like days. My abuela walked there when she was twelve, which is like, my age. I interviewed her on FaceTime and she said her feet bled but she was happy. I didn't get that at first but then I thought about how when you want something really bad it's okay if it hurts.

Um. I forgot my next card. Wait. Okay here. The other thing is that a lot of people from the pueblo moved to California and Texas, so now there's more people from there here than there. My abuela says the town is mostly old people now. That's kind of sad but also they send money back so the town has new stuff.

Any questions? Yeah. Um, I don't know how many people live there. I can find out.
""", [("S904", "heritage presentation, no speaker labels")], [
    ("S904", "Creativity & Innovation", "Advanced", "I was going to do a poster but everybody does a poster so I wanted it to be something you could touch."),
    ("S904", "Global Awareness", "Proficient", "The other thing is that a lot of people from the pueblo moved to California and Texas, so now there's more people from there here than there."),
    ("S904", "Communication", "Developing", "Um. I forgot my next card. Wait. Okay here."),
])

D("Sofia R journal - April.docx", "docx", "T901", "reflection_journal", "2026-04-16", """
# Reflection Journal
Sofía Ramírez Ortega — Thursday, April 16
## Prompt: Think about a time this month when you helped someone. What did you notice about them?
When we were doing the debate about school uniforms Ana didn't talk at all and I noticed she was looking at her paper the whole time. So I asked her in Spanish if she wanted to say her point and I would translate. She said yes and her point was actually the best one. I think sometimes people are quiet not because they have nothing to say but because nobody made room for them.
## Prompt: What is a goal for the rest of the year?
I want to be a peer mediator next year. I already asked Mr. Beltrán how you sign up.
""", [("S901", "")], [
    ("S901", "Social Awareness", "Advanced", "I think sometimes people are quiet not because they have nothing to say but because nobody made room for them."),
    ("S901", "Self-Awareness", "Proficient", "I want to be a peer mediator next year. I already asked Mr. Beltrán how you sign up."),
], title="Reflection Journal - Sofia R", author="Sofía Ramírez")

D("JB obs may.txt", "txt", "T901", "teacher_observation_note", "2026-05-06", """
May 6th — quick note, JB

Setback week. Lost his novel again and blamed Bella for "taking it" (she didn't). Got really heated and I had to walk him out to the hallway to cool off. After 5 min he came back on his own and said sorry to her without me telling him to.
BUT: he had extra pencils in his pouch and handed one to a kid from Mr. Huỳnh's class who was sitting in for the assembly. Remembered his own goal from January!

rating: Org D / Relationship D / Self-Mgmt E
""", [("S903", "Bella mentioned only")], [
    ("S903", "Self-Management", "Emerging", "Got really heated and I had to walk him out to the hallway to cool off."),
    ("S903", "Relationship Skills", "Developing", "After 5 min he came back on his own and said sorry to her without me telling him to."),
    ("S903", "Organization", "Developing", "he had extra pencils in his pouch and handed one to a kid from Mr. Huỳnh's class who was sitting in for the assembly."),
])

# ================================================================ T902  Mr. Huỳnh, grade 7 science
D("GMT20251014-183012_Recording.transcript.vtt", "vtt", "T902", "group_discussion_transcript", "2025-10-14", """
WEBVTT

1
00:00:01.200 --> 00:00:06.900
Daniel Huỳnh: Okay lab group three, tell me what happened with the ice cubes.

2
00:00:07.300 --> 00:00:13.100
Bảo Phạm: The one on the metal block melted way faster. Like it was gone in four minutes and the plastic one was still there.

3
00:00:13.500 --> 00:00:19.800
Marcus Lee: That's because metal is hotter. Everybody knows that.

4
00:00:20.100 --> 00:00:29.400
Bảo Phạm: But they were both sitting on the same table all night, so they should be the same temperature. I touched them and the metal felt colder, so it can't be hotter.

5
00:00:29.900 --> 00:00:36.000
Yesenia Gutiérrez Luna: Wait so maybe it's not about hot, it's about how fast the heat moves? Marcus what do you think about that?

6
00:00:36.400 --> 00:00:40.200
Marcus Lee: I don't know. Can we just write metal is hotter and be done.

7
00:00:40.700 --> 00:00:47.900
Sofia Delgado: I didn't write anything yet, what are we supposed to put in the data table?

8
00:00:48.300 --> 00:00:55.600
Yesenia Gutiérrez Luna: Row one is the minutes, row two is which one melted. Here, copy from mine and then we can check it together.
""", [("S905", ""), ("S907", ""), ("S908", ""), ("S906", "")], [
    ("S905", "Critical Thinking", "Proficient", "But they were both sitting on the same table all night, so they should be the same temperature. I touched them and the metal felt colder, so it can't be hotter."),
    ("S907", "Critical Thinking", "Emerging", "That's because metal is hotter. Everybody knows that."),
    ("S907", "Task Initiation", "Emerging", "Can we just write metal is hotter and be done."),
    ("S908", "Collaboration", "Proficient", "Wait so maybe it's not about hot, it's about how fast the heat moves? Marcus what do you think about that?"),
    ("S906", "Task Initiation", "Emerging", "I didn't write anything yet, what are we supposed to put in the data table?"),
])

D("Fwd_ Bao science homework.eml", "eml", "T902", "parent_note", "2025-11-03", """
From: Daniel Huynh <dhuynh@bolsavista.org>
To: Daniel Huynh <dhuynh@bolsavista.org>
Subject: Fwd: Bao science homework
Date: Tue, 4 Nov 2025 07:02:10 -0800
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

fwd to myself for Flourish - from Bảo's mom

---------- Forwarded message ---------
From: Nguyễn Thị Lan <lan.nguyen.thi82@yahoo.com>
Date: Mon, Nov 3, 2025 at 9:47 PM
Subject: Bao science homework
To: <dhuynh@bolsavista.org>

Dear Thầy Huỳnh,

I am mother of Phạm Gia Bảo, 7th grade. Thank you for the call last week. I want to share that Bảo is asking many question at home now about the science. Last night he did not believe the video on YouTube that say the moon landing is fake, he look up three other websites and show me the NASA pictures and explain why the shadows look like that. I do not understand all but he was very excited.

But he is staying up too late with the computer. He say he is researching but sometimes it is games. Can you tell him school work first?

Thank you,
Lan (mẹ của Bảo)
""", [("S905", "mother writes family name first: Phạm Gia Bảo; forwarded by teacher to himself")], [
    ("S905", "Critical Thinking", "Advanced", "Last night he did not believe the video on YouTube that say the moon landing is fake, he look up three other websites and show me the NASA pictures and explain why the shadows look like that."),
    ("S905", "Digital Literacy", "Developing", "He say he is researching but sometimes it is games."),
])

D("Yesi helping Marcus - density.docx", "docx", "T902", "peer_tutoring_transcript", "2025-11-13", """
# Peer tutoring — density review
Nov. 13th, 5th period (typed from my notes, close to word for word)
YG: Okay so density is how packed the stuff is. Mass divided by volume.
ML: I know the formula I just don't get why the big block floats.
YG: Okay that's a good question actually. Which one is heavier, the big wood one or the little metal one?
ML: The wood.
YG: Right but it's not about heavier. Imagine a backpack with one brick and a backpack with pillows. Which one is more packed?
ML: The brick one. Oh. So the metal is like the brick.
YG: Yes! You got it. See you're not bad at science you just needed a picture.
ML: Can you do the next one with me? I'm gonna do it and you just check.
YG: Go.
ML: Mass is 40, volume is 20... so 2. And water is 1 so it sinks.
""", [("S908", "tutor (YG)"), ("S907", "tutee (ML)")], [
    ("S908", "Relationship Skills", "Advanced", "See you're not bad at science you just needed a picture."),
    ("S908", "Communication", "Advanced", "Imagine a backpack with one brick and a backpack with pillows. Which one is more packed?"),
    ("S907", "Critical Thinking", "Developing", "I know the formula I just don't get why the big block floats."),
    ("S907", "Task Initiation", "Developing", "Can you do the next one with me? I'm gonna do it and you just check."),
], title="Peer tutoring - density", author="Daniel Huỳnh")

D("Observations wk of 11-17.txt", "txt", "T902", "teacher_observation_note", "2025-11-19", """
Observations wk of 11/17 (Wed)

Marcus L. - Threw his goggles on the floor when his group's filter leaked, said "this is stupid, I'm done." Sat out 10 min. Came back when Yesenia asked him to hold the funnel.
Self-Mgmt: Emerging

Sofia D. - Still waiting for others to start before she starts. Today I gave her a 3-step card and she did step 1 on her own, then stopped.
Task Initiation: Developing

Bảo - Asked if he could test a 4th layer (charcoal) "just to see" - good instinct, wrote a prediction first w/o being asked.
Creativity: Proficient
""", [("S907", ""), ("S906", ""), ("S905", ""), ], [
    ("S907", "Self-Management", "Emerging", "Threw his goggles on the floor when his group's filter leaked, said \"this is stupid, I'm done.\" Sat out 10 min."),
    ("S906", "Task Initiation", "Developing", "Today I gave her a 3-step card and she did step 1 on her own, then stopped."),
    ("S905", "Creativity & Innovation", "Proficient", "Asked if he could test a 4th layer (charcoal) \"just to see\" - good instinct, wrote a prediction first w/o being asked."),
], crlf=True)

D("Peer feedback water filter project.txt", "txt", "T902", "peer_feedback", "2025-12-02", """
Peer Feedback – Water Filter Design
Tues. Dec 2

Feedback from: Yesenia Gutiérrez
Feedback for: Bao’s group (Bao, Marcus L)

1. What’s one strength of their design?
Your charcoal layer was a really smart idea and you had data to prove it worked, not just “it looks cleaner.”

2. What’s one question you have?
Why did you put the sand on top instead of the bottom? We tried both and the bottom worked better for us, so maybe try switching it?

3. Anything else?
Marcus you explained the part about the gravel good when the other group asked. You should talk more in the presentation.

--------------------
Feedback from: Marcus Lee
Feedback for: Yesi’s group

1. strength - it was neat
2. question - none
3. idk it was good
""", [("S908", "feedback giver"), ("S907", "feedback giver and member of the reviewed group"), ("S905", "his group's design is reviewed")], [
    ("S908", "Critical Thinking", "Proficient", "Your charcoal layer was a really smart idea and you had data to prove it worked, not just “it looks cleaner.”"),
    ("S908", "Communication", "Proficient", "We tried both and the bottom worked better for us, so maybe try switching it?"),
    ("S907", "Communication", "Emerging", "3. idk it was good"),
], encoding="cp1252", crlf=True)

D("Lab reflection Marcus L.md", "md", "T902", "reflection_journal", "2026-01-09", """
# Lab Reflection — Marcus Lee
_Fri 1/9/26_

> **Prompt 1:** What went well in the chemical reactions lab?

We got the balloon to blow up the biggest. I measured the baking soda right this time because I used the spoon thing instead of guessing.

> **Prompt 2:** What was hard? How did you handle it?

When the first one didn't work I wanted to quit like last time. But I took a breath and looked at what was different from Yesi's table. They put the vinegar in first. So we tried that. I didn't get mad this time, I think I'm getting better at not getting mad.

> **Prompt 3:** Goal for next lab?

Read all the steps before starting instead of just the first one.
""", [("S907", "Yesi mentioned only")], [
    ("S907", "Self-Management", "Developing", "When the first one didn't work I wanted to quit like last time. But I took a breath and looked at what was different from Yesi's table."),
    ("S907", "Working Memory", "Developing", "Read all the steps before starting instead of just the first one."),
    ("S907", "Cognitive Flexibility", "Developing", "They put the vinegar in first. So we tried that."),
])

D("tutoring notes 8th grade helper.txt", "txt", "T902", "peer_tutoring_transcript", "2026-01-28", """
Cross-grade tutoring (8th graders from Mr. Beltrán's advisory come Wednesdays)
Jan 28

Renée: So what's your lab report on?
Sofia: The plant one. With the light. I haven't started the conclusion.
Renée: Ok what did your data show? Just say it out loud, don't write yet.
Sofia: The plants in the closet got tall but yellow and the window ones were short and green.
Renée: That's literally your conclusion. Now why?
Sofia: Because... the closet ones were like looking for the light? So they grew tall to find it? Oh I'm gonna write that down before I forget.
Renée: Yes write it.
Sofia: Can I do the next paragraph by myself and you look at it after? I kind of want to try.
""", [("S906", "Renée is an 8th grader from T904's class; no truth row for her in T902's document")], [
    ("S906", "Task Initiation", "Developing", "Oh I'm gonna write that down before I forget."),
    ("S906", "Critical Thinking", "Developing", "Because... the closet ones were like looking for the light? So they grew tall to find it?"),
    ("S906", "Self-Management", "Proficient", "Can I do the next paragraph by myself and you look at it after? I kind of want to try."),
])

D("Science fair practice run.pdf", "pdf", "T902", "project_presentation_transcript", "2026-02-24", """
# Science Fair Practice — Bảo & Sofia D.
Practice run in class, Tuesday Feb. 24. Transcribed by Mr. Huỳnh.

BẢO: Our question was does the color of a cup change how fast the water heats up in the sun. We tested black, white, and clear.
SOFIA: I did the temperature measurements every five minutes for an hour, and I made a schedule so we wouldn't miss any. I set a timer on my phone.
BẢO: Black went up eleven degrees, white went up four. But one thing we're not sure about is the clear one, because the sun was going in and out of the clouds that day, so we want to redo it.
SOFIA: And we think this matters because in hot places, like my grandma's house in Mexicali, people paint their roofs white now to keep the house cool.
MR. HUỲNH: Questions from the audience?
BẢO: Oh wait, also we only did it one time, so that's a limitation. Scientists would do it like three times.
""", [("S905", ""), ("S906", "")], [
    ("S905", "Critical Thinking", "Advanced", "Oh wait, also we only did it one time, so that's a limitation. Scientists would do it like three times."),
    ("S906", "Planning & Prioritization", "Proficient", "I did the temperature measurements every five minutes for an hour, and I made a schedule so we wouldn't miss any."),
    ("S906", "Global Awareness", "Proficient", "And we think this matters because in hot places, like my grandma's house in Mexicali, people paint their roofs white now to keep the house cool."),
], title="Science Fair Practice", author="Daniel Huynh", header="Grade 7 Science — Rm 112 — Huỳnh")

D("Huynh lab safety observations Mar.pdf", "pdf", "T902", "teacher_observation_note", "2026-03-12", """
# Lab Safety Observation
Thursday 12 March 2026, period 3 — Marcus Lee

During the flame test lab Marcus noticed that his partner had tied back her hair but not her sleeves, and he stopped her before she reached for the burner.
He explained to her that the sleeve could catch and that it was not worth it even if it slowed them down.
Later he chose to redo a measurement instead of copying the number from the group next to him, even though the bell was about to ring.
This is a big change from November.

Rating: Responsible Decision-Making — Proficient; Self-Management — Developing
""", [("S907", "")], [
    ("S907", "Responsible Decision-Making", "Proficient", "He explained to her that the sleeve could catch and that it was not worth it even if it slowed them down."),
], title="Lab safety observation - Marcus L", author="Daniel Huỳnh", header="Bolsa Vista K-8 | Science | Observation")

D("yesi journal 4.2.md", "md", "T902", "reflection_journal", "2026-04-02", """
**Science journal – Yesi G.L.**

*Mr. H's prompt: You've been a lab leader all year. What is something hard about leading?*

honestly the hard part is when someone in my group doesnt want to do anything. at first i just did everything myself because it was faster. but then Marcus never learned anything and it wasnt fair to him. now i give everybody a job at the start, like one person reads, one measures, one writes, and we switch next time.

also i figured out that when Sofia D is quiet its not because shes lazy its because she doesnt know how to start, so i just tell her the first step and she goes.

*Prompt: What would you do differently?*

ask the group what jobs they want instead of me picking.
""", [("S908", "Marcus and Sofia D mentioned only")], [
    ("S908", "Collaboration", "Advanced", "now i give everybody a job at the start, like one person reads, one measures, one writes, and we switch next time."),
    ("S908", "Social Awareness", "Advanced", "also i figured out that when Sofia D is quiet its not because shes lazy its because she doesnt know how to start, so i just tell her the first step and she goes."),
    ("S908", "Self-Awareness", "Proficient", "at first i just did everything myself because it was faster. but then Marcus never learned anything and it wasnt fair to him."),
])

D("Exit ticket Sofia D 5-12.docx", "docx", "T902", "reflection_journal", "2026-05-12", """
Exit Ticket
Name: Sofia Delgado   Date: 5/12
1. How did you start today's task?
I started right away when Mr. H said go. I didn't wait for Yesi. I read the steps first and then I got the materials.
2. What's one way you've changed this year?
In the beginning of the year I would just sit there until someone told me. Now I make a mini list in the corner of my paper and I do the first thing on it. I don't need Yesi to tell me anymore but sometimes I still ask her to check.
""", [("S906", "")], [
    ("S906", "Task Initiation", "Proficient", "I started right away when Mr. H said go. I didn't wait for Yesi."),
    ("S906", "Self-Awareness", "Proficient", "In the beginning of the year I would just sit there until someone told me. Now I make a mini list in the corner of my paper and I do the first thing on it."),
], title="Exit Ticket", author="Sofia Delgado")

# ================================================================ T903  Ms. Morrow, grade 8 US history
D("Socratic Seminar - Immigration (Dec 4).docx", "docx", "T903", "group_discussion_transcript", "2025-12-04", """
# Socratic Seminar: Who gets to be American?
Inner circle, Dec. 4th. Partial transcript (the good parts), typed by Ms. Morrow.
MS. MORROW: Opening question. The Chinese Exclusion Act. Was it about jobs or about race?
AMARA: I think it was both, but the jobs thing was kind of the excuse. Because if it was really about jobs they would have limited everybody, but they only named one country. The document literally says Chinese laborers.
DIEGO: Yeah but people really were losing jobs though. My dad says the same thing happens now.
AMARA: Okay but losing jobs doesn't mean it's the immigrants' fault. Who was paying them less? The companies.
KAY: Can I add on to Amara? My grandparents came from Vietnam in 1980 and people in Texas burned their boats because they said they were taking the fishing jobs. So it's like the same pattern, like a hundred years later. I think when the economy is bad people look for someone who looks different to blame.
TY: wait what page are we on
MS. MORROW: Page 3, Tyler. Diego, you had your hand up.
DIEGO: I guess I changed my mind a little. I still think jobs matter but Kay's story kind of proves it's not just jobs.
""", [("S911", ""), ("S910", ""), ("S909", ""), ("S912", "one line")], [
    ("S911", "Critical Thinking", "Advanced", "Because if it was really about jobs they would have limited everybody, but they only named one country."),
    ("S909", "Global Awareness", "Advanced", "So it's like the same pattern, like a hundred years later. I think when the economy is bad people look for someone who looks different to blame."),
    ("S910", "Cognitive Flexibility", "Proficient", "I guess I changed my mind a little. I still think jobs matter but Kay's story kind of proves it's not just jobs."),
    ("S912", "Working Memory", "Emerging", "wait what page are we on"),
], title="Socratic Seminar - Immigration", author="Keisha Morrow")

D("Parent note - Le family.docx", "docx", "T903", "parent_note", "2025-10-20", """
October 20, 2025
Dear Ms. Morrow,
My name is Lê Thị Hoa, I am the mother of Lê Minh Khánh in your 8th grade history class. At school she uses the name Kay.
I write because Khánh is very worried about the presentation next month. She tells me every night "Mẹ, I will sound stupid, my English is not good enough." I think her English is very good. She practice in front of the mirror many times and she makes flash cards for every slide.
She also told me she wants to do her project about the boat people, our family story. I am happy about this but I do not want her to feel sad. Can you help her?
Thank you very much,
Lê Thị Hoa
""", [("S909", "mother writes family name first: Lê Minh Khánh = Khánh Lê (Kay)")], [
    ("S909", "Self-Awareness", "Developing", "She tells me every night \"Mẹ, I will sound stupid, my English is not good enough.\""),
    ("S909", "Planning & Prioritization", "Proficient", "She practice in front of the mirror many times and she makes flash cards for every slide."),
], title="Letter from Le family", author="Hoa Le")

D("2026-01-22 seminar p4.srt", "srt", "T903", "group_discussion_transcript", "2026-01-22", """
1
00:00:02,000 --> 00:00:07,500
[MS. MORROW] Okay, today's text is the Letter from Birmingham Jail. Who wants to open?

2
00:00:08,100 --> 00:00:15,800
[TY] Me. I read it last night, like all of it. I put sticky notes on the parts I didn't get.

3
00:00:16,200 --> 00:00:24,900
[TY] So my question is, why does he say the white moderate is worse than the KKK? That seems crazy.

4
00:00:25,300 --> 00:00:34,700
[AMARA] I don't think he means worse like more violent. I think he means more frustrating because they say they agree but they keep saying wait.

5
00:00:35,100 --> 00:00:41,600
[DIEGO] Like when a teacher says they'll fix something and then never does. No offense Ms. Morrow.

6
00:00:42,000 --> 00:00:50,300
[AMARA] Ty, that's a really good question though. Can we go back to it? I want to hear what Kay thinks because she hasn't talked.

7
00:00:50,800 --> 00:00:58,400
[KAY] I think waiting is a choice. If you wait, you are choosing the side that is already winning.
""", [("S912", ""), ("S911", ""), ("S910", ""), ("S909", "")], [
    ("S912", "Task Initiation", "Proficient", "Me. I read it last night, like all of it. I put sticky notes on the parts I didn't get."),
    ("S912", "Critical Thinking", "Developing", "So my question is, why does he say the white moderate is worse than the KKK? That seems crazy."),
    ("S911", "Collaboration", "Advanced", "Can we go back to it? I want to hear what Kay thinks because she hasn't talked."),
    ("S910", "Inhibitory Control", "Developing", "Like when a teacher says they'll fix something and then never does. No offense Ms. Morrow."),
    ("S909", "Communication", "Proficient", "I think waiting is a choice. If you wait, you are choosing the side that is already winning."),
])

D("Re_ Amara - History Day sources.eml", "eml", "T903", "parent_note", "2026-02-03", """
From: Chidi Okafor <c.okafor.family@outlook.com>
To: Keisha Morrow <kmorrow@bolsavista.org>
Subject: Re: Amara - History Day sources
Date: Tue, 03 Feb 2026 18:22:05 -0800
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Ms. Morrow,

Thanks for the heads up. I talked with Amara about it tonight. To be fair to her, she did not just copy from the website. She showed me that she had found the same quote on two different blogs with different dates, and she was trying to figure out which one was original. She decided neither was reliable and went to the Library of Congress site instead, which I thought was pretty impressive for 13.

She was upset that you thought she was using a bad source, though. She can be hard on herself. She stayed up redoing her whole bibliography even after I told her it could wait until the weekend.

Best,
Chidi Okafor (Amara's dad)

On Tue, Feb 3, 2026 at 12:10 PM Keisha Morrow <kmorrow@bolsavista.org> wrote:
> Mr. Okafor,
> Amara's draft cites a blog for a quote from 1892. I want to
> make sure she understands primary vs secondary sources before
> the History Day deadline. Can you check in with her?
>
> > On Mon, Feb 2, 2026, Chidi Okafor wrote:
> > Is the History Day project due before or after Presidents Day?
""", [("S911", "dad's reply with nested quoting")], [
    ("S911", "Digital Literacy", "Advanced", "She decided neither was reliable and went to the Library of Congress site instead, which I thought was pretty impressive for 13."),
    ("S911", "Self-Management", "Developing", "She stayed up redoing her whole bibliography even after I told her it could wait until the weekend."),
])

D("History Day - Diego practice (zoom).txt", "txt", "T903", "project_presentation_transcript", "2026-02-19", """
Zoom meeting transcript — History Day practice (virtual, snow day)
Thursday February 19 2026

[Keisha Morrow] 10:01:40
Diego, whenever you're ready.

[Diego Hernández] 10:01:52
Okay. Um, my project is about the Delano grape strike in 1965. So basically Filipino farm workers started it, and then Cesar Chavez and the Mexican workers joined them. I didn't know that, I thought it was only Cesar Chavez.

[Diego Hernández] 10:02:30
At first I was going to do a poster but my slides got deleted on Tuesday so I had to switch to a website. It's actually better because I could put the video of Dolores Huerta.

[Diego Hernández] 10:03:15
And I want to say why it matters. My tío works in the fields in Salinas and he still doesn't have bathrooms sometimes. So it's not like it's all fixed.

[Tyler Nguyen] 10:04:02
How long did the strike last?

[Diego Hernández] 10:04:06
Five years. I think. Let me check. Yeah, five years, 1965 to 1970.
""", [("S910", "presenter"), ("S912", "asks one question")], [
    ("S910", "Cognitive Flexibility", "Advanced", "At first I was going to do a poster but my slides got deleted on Tuesday so I had to switch to a website. It's actually better because I could put the video of Dolores Huerta."),
    ("S910", "Global Awareness", "Proficient", "My tío works in the fields in Salinas and he still doesn't have bathrooms sometimes. So it's not like it's all fixed."),
    ("S912", "Communication", "Developing", "How long did the strike last?"),
])

D("ty reflection.txt", "txt", "T903", "reflection_journal", "2025-09-29", """
Tyler N — Reflection 9/29/25

Q: How did you do on the unit 1 project? Be honest.
not good. I started it the night before bc I forgot it was due. I thought it was due friday.

Q: What got in the way?
I play a lot of fortnite. And I dont write stuff down.

Q: What could you try next time?
idk maybe my mom can remind me
""", [("S912", "")], [
    ("S912", "Planning & Prioritization", "Emerging", "I started it the night before bc I forgot it was due. I thought it was due friday."),
    ("S912", "Self-Awareness", "Developing", "I play a lot of fortnite. And I dont write stuff down."),
    ("S912", "Self-Management", "Emerging", "idk maybe my mom can remind me"),
])

D("Morrow - Ty planning check-in.pdf", "pdf", "T903", "teacher_observation_note", "2026-03-03", """
# Check-in: Tyler Nguyen
3/3/26 — advisory period

Ty showed me the planner page he made for History Day: the due date at the top, then four chunks working backward with a date on each.
He had finished chunks 1 and 2 on time without any reminder from me.
He admitted he missed chunk 3 because of a basketball tournament, but he had already moved it to the next weekend and told his partner.
Compare to September, when he started the unit 1 project the night before.

Planning & Prioritization: Proficient
Responsible Decision-Making: Developing
""", [("S912", "")], [
    ("S912", "Planning & Prioritization", "Advanced", "He admitted he missed chunk 3 because of a basketball tournament, but he had already moved it to the next weekend and told his partner."),
], title="Check-in Tyler N", author="Keisha Morrow", header="Morrow — 8th Grade US History — Advisory notes")

D("Peer review Kay for Diego.pdf", "pdf", "T903", "peer_feedback", "2026-02-12", """
# History Day Peer Review
Reviewer: Khánh Lê (Kay)     Project: Diego H. — Delano Grape Strike
Feb 12

What is the strongest part of the project?
Your interview with your tío is the best part because nobody else has a real person. It makes me care about it.

What is confusing?
The timeline has 1965 two times and I couldn't tell which one is the start. Also you say "the workers won" but you don't say what they won.

One suggestion:
Maybe start with your tío's story and then go back in time, like a movie. I did that in my boat people project and Ms. Morrow said it was a strong hook.
""", [("S909", "reviewer"), ("S910", "his project is reviewed")], [
    ("S909", "Critical Thinking", "Proficient", "Also you say \"the workers won\" but you don't say what they won."),
    ("S909", "Communication", "Advanced", "Maybe start with your tío's story and then go back in time, like a movie."),
    ("S909", "Relationship Skills", "Proficient", "Your interview with your tío is the best part because nobody else has a real person. It makes me care about it."),
], title="History Day Peer Review", author="Keisha Morrow", header="Bolsa Vista K-8 — History Day 2026")

D("obs 4_21.md", "md", "T903", "teacher_observation_note", "2026-04-21", """
### 4/21 — mock trial prep, quick obs

Diego lost it a little when his group voted against his closing statement idea ("whatever, do what you want"), then 10 min later came back with a compromise that used both openings. Growth!

Amara basically ran the whole courtroom — gave every witness a script, checked in with the two kids who were absent yesterday and caught them up in 5 min. A little too much in charge? Nobody else got to pick roles.

Kay practiced her cross-exam questions with Ty in the hallway. Ty read his part without looking at notes.

skills: Relationship Skills, Collaboration, Self-Management, Communication
""", [("S910", ""), ("S911", ""), ("S909", ""), ("S912", "")], [
    ("S910", "Relationship Skills", "Developing", "Diego lost it a little when his group voted against his closing statement idea (\"whatever, do what you want\"), then 10 min later came back with a compromise that used both openings."),
    ("S911", "Collaboration", "Proficient", "Amara basically ran the whole courtroom — gave every witness a script, checked in with the two kids who were absent yesterday and caught them up in 5 min."),
    ("S909", "Self-Management", "Proficient", "Kay practiced her cross-exam questions with Ty in the hallway."),
    ("S912", "Communication", "Proficient", "Ty read his part without looking at notes."),
])

D("Kay final reflection.txt", "txt", "T903", "reflection_journal", "2026-05-15", """
End of year reflection — Khánh Lê (Kay)
May 15th

Ms. Morrow's prompt: What are you proudest of this year, and what did you learn about yourself?

I am proudest of my boat people presentation. In October I was so scared I told my mom I would sound stupid. But I practiced and practiced and when I did it in November nobody laughed, and two people cried (in a good way). I learned that I am braver when the story is important to me.

I also learned that I can be a leader even if I am not the loudest. In the seminar in January I said only one thing but Amara told me it was the best point of the day.

Next year in high school I want to start a club for kids whose families came as refugees, because there are a lot of us and nobody talks about it. I already wrote down what the first meeting would be.
""", [("S909", "Amara mentioned only")], [
    ("S909", "Self-Awareness", "Advanced", "I learned that I am braver when the story is important to me."),
    ("S909", "Global Awareness", "Advanced", "Next year in high school I want to start a club for kids whose families came as refugees, because there are a lot of us and nobody talks about it."),
    ("S909", "Task Initiation", "Advanced", "I already wrote down what the first meeting would be."),
], encoding="utf-8-sig")

# ================================================================ T904  Mr. Beltrán, grade 8 math + advisory
D("Marcus B journal Oct.docx", "docx", "T904", "reflection_journal", "2025-10-02", """
# Advisory Journal
Marcus Bell
Thursday, Oct. 2
## Mr. B's question: Think about the fight at lunch on Monday. What happened, and how did you feel?
It wasnt my fault. Deshawn said something about my shoes and everybody laughed so I pushed him. If he didnt say it nothing would of happened. I felt fine. I dont care.
## What could you do different next time?
Nothing. He started it.
""", [("S915", "Deshawn is not rostered")], [
    ("S915", "Self-Awareness", "Emerging", "It wasnt my fault. Deshawn said something about my shoes and everybody laughed so I pushed him."),
    ("S915", "Responsible Decision-Making", "Emerging", "If he didnt say it nothing would of happened. I felt fine. I dont care."),
], title="Advisory Journal", author="Marcus Bell")

D("Advisory observations - Q1.docx", "docx", "T904", "teacher_observation_note", "2025-10-17", """
# Advisory — end of Q1 observations
Fri 10/17/25
Quick notes before conferences.
|Student|What I saw|Rating|
|Lucía|Color-codes her planner, always has it out|Organization P|
|Q|Blurts answers in math, interrupts peers|Inhibitory Control E|
|Marcus B.|Shuts down when corrected|Self-Management E|
|Renée|Sits with new kids at lunch on her own|Social Awareness P|
## Narrative
Lucía keeps a color-coded planner and has not missed a single assignment this quarter; she also made a copy of her system for her cousin in 6th grade.
Quang shouts out answers before I finish the question about five times a period, and when Lucía called him on it he said "but I know it though."
Renée noticed the two new students from Guatemala eating alone and moved her whole table over to sit with them, without anyone asking.
""", [("S913", ""), ("S914", ""), ("S915", "table row only"), ("S916", "")], [
    ("S913", "Organization", "Advanced", "Lucía keeps a color-coded planner and has not missed a single assignment this quarter; she also made a copy of her system for her cousin in 6th grade."),
    ("S914", "Inhibitory Control", "Emerging", "Quang shouts out answers before I finish the question about five times a period, and when Lucía called him on it he said \"but I know it though.\""),
    ("S916", "Social Awareness", "Advanced", "Renée noticed the two new students from Guatemala eating alone and moved her whole table over to sit with them, without anyone asking."),
], title="Advisory observations Q1", author="Tomás Beltrán")

D("note from Marcus grandma.txt", "txt", "T904", "parent_note", "2025-11-21", """
(typed from the handwritten note Marcus brought in, Fri 11/21 - TB)

Mr. Beltran,

This is Gloria Bell, Marcus's grandmother. I have him during the week while his mom works nights. I wanted you to know that Marcus came home Tuesday and told me on his own that he apologized to that boy Deshawn. He said "Grandma I was wrong, I was mad about other stuff and I took it out on him." I have never heard him say he was wrong about anything in his life!

He is still hard to get up in the morning and he leaves his math book everywhere, but I see him trying.

God bless,
Gloria Bell
""", [("S915", "grandmother's note; reported speech")], [
    ("S915", "Self-Awareness", "Developing", "He said \"Grandma I was wrong, I was mad about other stuff and I took it out on him.\""),
    ("S915", "Organization", "Emerging", "He is still hard to get up in the morning and he leaves his math book everywhere, but I see him trying."),
])

D("Recording_20251210_1432.txt", "txt", "T904", "group_discussion_transcript", "2025-12-10", """
advisory talk - phone policy

TB: So the district wants to ban phones all day, even lunch. Thoughts?
QV: That's so dumb. What if there's an emergency? What if my mom needs me?
RDC: I kind of get it though. Like in 7th grade people were filming fights and posting them and that kid had to switch schools. So it's not only about learning.
LB: I think both are right. Maybe the answer is phones in a locker but the office can call your parents. Then emergencies are covered but nobody is filming.
MB: I don't care either way.
RDC: Marcus you always say you don't care but you were literally on your phone the whole time in math.
MB: Okay yeah. I guess I would miss it. I don't know.
QV: Okay Lucía's idea is actually good. I take back dumb.
""", [("S914", "QV"), ("S916", "RDC"), ("S913", "LB"), ("S915", "MB")], [
    ("S914", "Cognitive Flexibility", "Developing", "Okay Lucía's idea is actually good. I take back dumb."),
    ("S916", "Responsible Decision-Making", "Advanced", "Like in 7th grade people were filming fights and posting them and that kid had to switch schools. So it's not only about learning."),
    ("S913", "Critical Thinking", "Advanced", "Maybe the answer is phones in a locker but the office can call your parents. Then emergencies are covered but nobody is filming."),
    ("S915", "Communication", "Emerging", "Okay yeah. I guess I would miss it. I don't know."),
    ("S914", "Inhibitory Control", "Emerging", "That's so dumb. What if there's an emergency? What if my mom needs me?"),
])

D("Renee tutoring Q - equations.docx", "docx", "T904", "peer_tutoring_transcript", "2026-01-15", """
# Peer Tutoring Transcript
Rev.com transcript — uploaded Jan 15 2026
Renée Dubois-Carter (00:00:04): Okay read me the problem first. Don't solve it, just read it.
Quang Vo (00:00:09): Three x minus seven equals twenty. Okay it's nine.
Renée Dubois-Carter (00:00:14): You're right but how'd you get it? Mr. B wants the steps, that's why you keep losing points.
Quang Vo (00:00:20): Ugh. Okay. Add seven to both sides. Twenty-seven. Divide by three. Nine.
Renée Dubois-Carter (00:00:29): See you did it in your head, you just have to slow down and write what your head does. You never give up on these, you just go too fast.
Quang Vo (00:00:37): Can I try the next one without you saying anything? I'll write every step.
Renée Dubois-Carter (00:00:41): Go. I'm timing you. And no skipping.
Quang Vo (00:01:10): Done. Four steps. I even wrote the check.
""", [("S916", "tutor"), ("S914", "tutee")], [
    ("S916", "Relationship Skills", "Advanced", "See you did it in your head, you just have to slow down and write what your head does. You never give up on these, you just go too fast."),
    ("S914", "Inhibitory Control", "Developing", "Can I try the next one without you saying anything? I'll write every step."),
    ("S914", "Working Memory", "Proficient", "Add seven to both sides. Twenty-seven. Divide by three. Nine."),
], title="Peer tutoring - equations", author="Tomás Beltrán")

D("Lucia budget presentation.md", "md", "T904", "project_presentation_transcript", "2026-02-06", """
# Budget Project — "Plan a Quinceañera for $3,000"
*Presentations, Friday 2/6. Transcribed from Mr. B's phone video.*

**Lucía:** So our project was to plan a quinceañera with only three thousand dollars, which is actually really hard because my cousin's cost like fifteen thousand.

**Lucía:** We made a spreadsheet with every category and the percent. The biggest one is food, it's forty percent. We had to cut the DJ and my tío is going to do the music for free.

**Marcus:** I did the decorations part. I found the same balloon arch on two websites, one was eighty dollars and one was forty-five, so we saved like thirty-five.

**Lucía:** And we made a plan B, if it rains we move it to the church hall, which is free but holds less people, so we'd cut the guest list to a hundred.

**Mr. B:** What was hardest about working together?

**Marcus:** Honestly at first I didn't do nothing and Lucía had to tell me like three times. Then she gave me the decorations and I kind of liked it.
""", [("S913", "file name names only Lucía"), ("S915", "Marcus = Marcus Bell, the only Marcus in this class")], [
    ("S913", "Planning & Prioritization", "Advanced", "And we made a plan B, if it rains we move it to the church hall, which is free but holds less people, so we'd cut the guest list to a hundred."),
    ("S913", "Digital Literacy", "Proficient", "We made a spreadsheet with every category and the percent."),
    ("S915", "Critical Thinking", "Developing", "I found the same balloon arch on two websites, one was eighty dollars and one was forty-five, so we saved like thirty-five."),
    ("S915", "Task Initiation", "Developing", "Honestly at first I didn't do nothing and Lucía had to tell me like three times. Then she gave me the decorations and I kind of liked it."),
])

D("Gallery walk feedback.docx", "docx", "T904", "peer_feedback", "2026-02-13", """
# Gallery Walk Feedback — Budget Projects
February 13
## Form 1
From: Lucía B.   To: Quang V. (Skate park budget)
|I like...|I wonder...|
|That you used real prices from the city website.|Why the ramps cost more than the whole fence? Did you check if that's right?|
Comment: Your poster is kind of messy so it took me a while to find the total. Maybe a box around it.
## Form 2
From: Marcus B.   To: Renée D-C. (Community garden)
|I like...|I wonder...|
|the drawing of the garden|how much water costs|
Comment: good job i like it. you explained it good when i asked you a question and you didnt make me feel dumb.
""", [("S913", "giver, form 1"), ("S914", "receiver, form 1"), ("S915", "giver, form 2"), ("S916", "receiver, form 2")], [
    ("S913", "Critical Thinking", "Proficient", "Why the ramps cost more than the whole fence? Did you check if that's right?"),
    ("S913", "Communication", "Proficient", "Your poster is kind of messy so it took me a while to find the total. Maybe a box around it."),
    ("S915", "Social Awareness", "Developing", "you explained it good when i asked you a question and you didnt make me feel dumb."),
], title="Gallery Walk Feedback", author="Tomás Beltrán")

D("peer feedback form (no name).txt", "txt", "T904", "peer_feedback", "2026-02-13", """
Gallery walk feedback - found on the floor after 4th period, no name and no project title on it

I like: the colors
I wonder: why you picked that
Comment: its good but it needs more numbers
""", [("ASK", "no reviewer name and no project named; cannot tell whose feedback or about whom")], [])

D("Quang - bridge design pitch.docx", "docx", "T904", "project_presentation_transcript", "2026-03-06", """
# STEM Expo Pitch: Popsicle-Stick Bridge
Presenter: Quang Võ (Q) — March 6th
## Transcript
Q: So our first design collapsed at like two pounds, which was embarrassing. Everybody saw.
Q: But then instead of just adding more glue we looked at why it broke, and it always broke in the middle. So I looked up real bridges and trusses are all triangles. Triangles don't bend.
Q: We rebuilt it with triangles and it held eleven pounds. Same number of sticks.
Q: And then we thought, what if you used this for places where there's no money for steel? Like my dad's village in Vietnam has a bamboo bridge that floods every year. Bamboo is kind of like popsicle sticks.
MR. BELTRÁN: Any questions for Q?
Q: Oh, and I waited my turn to talk today, Mr. B. You saw that right?
""", [("S914", "")], [
    ("S914", "Creativity & Innovation", "Advanced", "And then we thought, what if you used this for places where there's no money for steel? Like my dad's village in Vietnam has a bamboo bridge that floods every year."),
    ("S914", "Cognitive Flexibility", "Proficient", "But then instead of just adding more glue we looked at why it broke, and it always broke in the middle."),
    ("S914", "Inhibitory Control", "Proficient", "Oh, and I waited my turn to talk today, Mr. B. You saw that right?"),
    ("S914", "Global Awareness", "Developing", "Bamboo is kind of like popsicle sticks."),
], title="STEM Expo Pitch - bridge", author="Tomás Beltrán")

D("renee mediation notes.md", "md", "T904", "teacher_observation_note", "2026-03-25", """
**Wed 3/25 — peer mediation (Renée)**

Renée ran her first peer mediation without an adult in the room (I was outside the door). Two 7th graders, argument over a group chat screenshot.
She had both of them say what happened without interrupting, then repeated each side back in her own words before asking what they needed.
When one of them started yelling she lowered her voice instead of raising it, and he calmed down.
They left with a written agreement. She asked me afterward if she could train the new mediators next year.

Relationship Skills ✔ Social Awareness ✔ Communication ✔
""", [("S916", "the two 7th graders are not named or rostered")], [
    ("S916", "Relationship Skills", "Advanced", "She had both of them say what happened without interrupting, then repeated each side back in her own words before asking what they needed."),
    ("S916", "Communication", "Advanced", "When one of them started yelling she lowered her voice instead of raising it, and he calmed down."),
])

D("Scan 2026-04-02.txt", "txt", "T904", "reflection_journal", "2026-04-01", """
[OCR of scanned journal page - name cut off at top]

...ednesday April 1

Prompt: What's one thing you'd tell your September self?

that its ok to ask for help. i used to think asking meant i was dumb. now i ask mr b after class and its not a big deal. also write stuff in the planner the SAME day not later
""", [("ASK", "name cut off in the scan; page could be any of the four")], [])

D("Lucia Benitez - Math reflection.pdf", "pdf", "T904", "reflection_journal", "2026-04-23", """
# Math Reflection — Unit 7 (Probability)
Lucía Benítez, 8th grade — Thursday 4/23/2026

Prompt: How did you prepare for this test, and how did it go?
I made a study schedule a week before and split it so I did the hardest section (compound events) first, when I had the most energy. I also had a backup day in case volleyball ran late, which it did on Tuesday, so I used the backup day.

Prompt: What did you learn about yourself?
I found out I get anxious when I see a problem I don't recognize and then I freeze. So on this test I skipped it, did the easy ones, and came back. By then I wasn't panicking anymore. I think I need to keep doing that in high school.

Prompt: Anything else?
I helped Quang study on Monday, and he got a B+! He said I explain better than the book lol.
""", [("S913", "Quang mentioned only")], [
    ("S913", "Planning & Prioritization", "Advanced", "I also had a backup day in case volleyball ran late, which it did on Tuesday, so I used the backup day."),
    ("S913", "Self-Awareness", "Advanced", "I found out I get anxious when I see a problem I don't recognize and then I freeze. So on this test I skipped it, did the easy ones, and came back."),
    ("S913", "Relationship Skills", "Proficient", "I helped Quang study on Monday, and he got a B+!"),
], title="Math Reflection - Lucia Benitez", author="Lucía Benítez", header="Math 8 · Beltrán · Unit 7")

D("Beltran obs 4.14.26.md", "md", "T904", "teacher_observation_note", "2026-04-14", """
Beltrán — obs — 4.14.26 (Tue)

* Marcus B. came in, got his notebook out and started the warm-up before the bell — first time, no reminder. Still didn't have a pencil (borrowed from Renée).
* Q raised his hand and waited. Twice! Then helped his partner find his mistake instead of just telling him the answer.
* Lucía was absent.

Ratings → Marcus: Task Initiation D, Organization D. Q: Inhibitory Control P, Collaboration P.
""", [("S915", ""), ("S914", ""), ("S916", "mentioned only (lent a pencil); no row needed"), ], [
    ("S915", "Task Initiation", "Developing", "Marcus B. came in, got his notebook out and started the warm-up before the bell — first time, no reminder."),
    ("S914", "Collaboration", "Proficient", "Then helped his partner find his mistake instead of just telling him the answer."),
])

D("advisory circle 5-13.txt", "txt", "T904", "group_discussion_transcript", "2026-05-13", """
Advisory circle - 5/13 - "what are you taking with you to high school"

[00:00:12] Mr. Beltrán: Talking piece goes around. Marcus, you want to start?
[00:00:20] Marcus: Ok. Um. I'm taking... that I can say sorry and it doesn't make me weak. In September I would have fought anybody. Now I just walk away and come back when I'm not mad.
[00:01:05] Renée: I'm taking that listening is more powerful than talking. Like when I do mediations, the person just wants to be heard, that's like ninety percent of it.
[00:01:40] Lucía: I'm taking my planner system lol. No but for real, I want to help my little sister with hers next year because she's starting middle school and she's super disorganized.
[00:02:15] Q: I'm taking that I'm smart but I have to slow down. Renée told me that in January and she was right. I'm also gonna miss this class.
[00:02:45] Ms. Morrow (visiting): Can I say something? Kay from my class wanted me to tell you all thank you for the mediation training.
""", [("S915", ""), ("S916", ""), ("S913", ""), ("S914", ""), ], [
    ("S915", "Self-Management", "Proficient", "Now I just walk away and come back when I'm not mad."),
    ("S915", "Self-Awareness", "Proficient", "I'm taking... that I can say sorry and it doesn't make me weak."),
    ("S916", "Communication", "Advanced", "I'm taking that listening is more powerful than talking. Like when I do mediations, the person just wants to be heard, that's like ninety percent of it."),
    ("S913", "Organization", "Advanced", "I want to help my little sister with hers next year because she's starting middle school and she's super disorganized."),
    ("S914", "Self-Awareness", "Proficient", "I'm taking that I'm smart but I have to slow down. Renée told me that in January and she was right."),
], crlf=True)


if __name__ == "__main__":
    build()
    print(f"built {len(ALL)} documents")
