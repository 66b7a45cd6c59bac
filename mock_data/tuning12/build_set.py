"""Deterministic builder for the tuning12 evaluation set (Larkspur Commons Charter Middle School).

Run: /work/main/.venv/bin/python mock_data/tuning12/build_set.py
Rebuilds documents/, roster/, manifest.csv, truth.csv, labelled_set.csv byte-identically.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)

TEACHERS = [
    ("T1301", "Ms. Odalys Fenwick", "ofenwick@larkspurcommons.example.org", "U0T1301"),
    ("T1302", "Mr. Bram Okonkwo-Hale", "bokonkwohale@larkspurcommons.example.org", "U0T1302"),
    ("T1303", "Ms. Ilse Marchetti", "imarchetti@larkspurcommons.example.org", "U0T1303"),
    ("T1304", "Mr. Caspar Lindqvist", "clindqvist@larkspurcommons.example.org", "U0T1304"),
]
STUDENTS = [
    ("S1301", "Marisol Vega", 6, "T1301", "Mari"),
    ("S1302", "Jonah Pettibone", 6, "T1301", ""),
    ("S1303", "Keziah Adeyemi-Ross", 6, "T1301", "Kez"),
    ("S1304", "Elliot Brandvold", 6, "T1301", ""),
    ("S1305", "Marisol Okafor", 7, "T1302", ""),
    ("S1306", "Theodore Lunn", 7, "T1302", "Teddy"),
    ("S1307", "Wren Castellano", 7, "T1302", ""),
    ("S1308", "Dashiell Moreau", 7, "T1302", "Dash"),
    ("S1309", "Ingrid Solberg", 8, "T1303", ""),
    ("S1310", "Ravi Thakkar-Lowe", 8, "T1303", ""),
    ("S1311", "Beatrix Nwosu", 8, "T1303", "Bea"),
    ("S1312", "Caspian Ferro", 8, "T1303", "Cas"),
    ("S1313", "Lucia Haldane", 7, "T1304", ""),
    ("S1314", "Omar Fitzwilliam", 8, "T1304", ""),
    ("S1315", "Penelope Strand", 6, "T1304", "Penny"),
    ("S1316", "Hugo Batiste", 8, "T1304", ""),
]

MANIFEST: list[tuple[str, str]] = []
TRUTH: list[tuple[str, str, str, str, str]] = []
LABELS: list[tuple[str, str, str, str, str]] = []


def reg(name, teacher, truth, labels):
    """truth: list of (sid, type, date, notes); labels: list of (sid, skill, level, quote)."""
    MANIFEST.append((name, teacher))
    for sid, typ, date, notes in truth:
        TRUTH.append((name, sid, typ, date, notes))
    for sid, skill, level, quote in labels:
        LABELS.append((name, sid, skill, level, quote))


# ---------------------------------------------------------------- writers
def write_bytes(name, data: bytes):
    (DOCS / name).write_bytes(data)


def write_text(name, text, crlf=False, encoding="utf-8"):
    if crlf:
        text = text.replace("\n", "\r\n")
    write_bytes(name, text.encode(encoding))


def write_docx(name, title, author, created, blocks):
    """blocks: list of ("h1"|"h2"|"p"|"table", payload)."""
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    for kind, payload in blocks:
        if kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(payload[0]).bold = True
            para.add_run(payload[1])
        elif kind == "table":
            rows = payload
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    write_bytes(name, out.getvalue())


def write_pdf(name, title, author, created, lines):
    pdf = FPDF()
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        elif line == "":
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    write_bytes(name, bytes(pdf.output()))


def utc(y, m, d, h=15):
    return dt.datetime(y, m, d, h, 0, 0, tzinfo=dt.timezone.utc)


def naive(y, m, d, h=15):
    return dt.datetime(y, m, d, h, 0, 0)


# ---------------------------------------------------------------- documents
GD = "group_discussion_transcript"
PT = "peer_tutoring_transcript"
PP = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
OB = "teacher_observation_note"
PN = "parent_note"


def build():
    # ===== T1301 Ms. Fenwick, grade 6 humanities + advisory =====
    name = "advisory_circle_2025-09-04.txt"
    q1 = "I get really mad when people say my idea is dumb, and then I just stop talking for the rest of class."
    q2 = "Maybe I could write my idea down first so I don't lose it when I'm nervous."
    q3 = "Wait, can I say something? Jonah, I don't think anyone said it was dumb, I think they just didn't get it yet."
    q4 = "I don't know. I don't really have feelings about school."
    write_text(name, f"""Advisory Circle - Crew 6F
Thursday, September 4, 2025
Facilitator: Ms. Fenwick
Topic: What do you do when a group project goes sideways?

[00:00:12] Ms. Fenwick: Let's go around. One thing that makes group work hard for you.
[00:00:31] Jonah: {q1}
[00:00:48] Ms. Fenwick: Thank you for being honest. What could help next time?
[00:01:02] Jonah: {q2}
[00:01:20] Keziah: {q3}
[00:01:41] Ms. Fenwick: Elliot, you want to add anything?
[00:01:50] Elliot: {q4}
[00:02:05] Ms. Fenwick: That's okay, we'll come back to it.
[00:02:30] Marisol: I like when everybody gets a job. Then nobody is bossy.
""", crlf=True)
    reg(name, "T1301", [
        ("S1302", GD, "2025-09-04", ""), ("S1303", GD, "2025-09-04", ""),
        ("S1304", GD, "2025-09-04", ""), ("S1301", GD, "2025-09-04", "Marisol here is Marisol Vega (T1301)"),
    ], [
        ("S1302", "Self-Awareness", "Developing", q1),
        ("S1302", "Self-Management", "Developing", q2),
        ("S1303", "Social Awareness", "Proficient", q3),
        ("S1304", "Self-Awareness", "Emerging", q4),
        ("S1301", "Collaboration", "Developing", "I like when everybody gets a job. Then nobody is bossy."),
    ])

    name = "Mari exit ticket 9-12.md"
    q1 = "I used the source from the library database instead of the first website because the website had no author and the database article did."
    q2 = "I forgot my planner at home again so I wrote the homework on my hand."
    write_text(name, f"""**Exit Ticket - Unit 1: Ancient River Civilizations**
**Name:** Marisol V.
**Date:** 9/12/25

**1. Which source did you choose for your claim, and why?**
{q1}

**2. What is one thing that got in your way today?**
{q2}
""")
    reg(name, "T1301", [("S1301", RJ, "2025-09-12", "exit ticket = reflection_journal")], [
        ("S1301", "Critical Thinking", "Developing", q1),
        ("S1301", "Organization", "Emerging", q2),
    ])

    name = "obs_Elliot_Oct.docx"
    o1 = "Elliot sat with his head down for the first ten minutes and did not open his notebook until I came over and walked him through the first step."
    o2 = "When the group switched from maps to the timeline task, he said \"this is pointless\" and pushed his chair back."
    o3 = "After a two-minute break he rejoined and labeled three dates correctly without help."
    write_docx(name, "Observation - Elliot B.", "Odalys Fenwick", naive(2025, 10, 7), [
        ("h1", "Teacher Observation Note"),
        ("table", [["Student", "Elliot Brandvold"], ["Date", "October 7, 2025"], ["Setting", "Humanities block, PBL work time"]]),
        ("h2", "Narrative"),
        ("p", o1), ("p", o2), ("p", o3),
        ("h2", "Next steps"),
        ("p", "Check in at start of work time; give a written task card."),
    ])
    reg(name, "T1301", [("S1304", OB, "2025-10-07", "")], [
        ("S1304", "Task Initiation", "Emerging", o1),
        ("S1304", "Cognitive Flexibility", "Emerging", o2),
        ("S1304", "Self-Management", "Developing", o3),
    ])

    name = "Jonah_conference.docx"
    j1 = "My goal was to turn in every draft on time, and I did three out of four, which is better than last quarter when I did like one."
    j2 = "I made a checklist on a sticky note and put it on my Chromebook so I see it first."
    e1 = "Can I show the part where Jonah helped me? He explained the map key to me when I didn't get it, and he didn't make me feel stupid."
    j3 = "Next quarter I want to speak up more in Socratic seminar, because I have ideas but I keep them in my head."
    write_docx(name, "Student-Led Conference - Jonah P.", "Odalys Fenwick", naive(2025, 11, 13), [
        ("h1", "Student-Led Conference Notes"),
        ("b", ("Student: ", "Jonah Pettibone")),
        ("b", ("Date: ", "Thursday 11/13/2025")),
        ("b", ("Present: ", "Jonah, his dad, Ms. Fenwick; Elliot joined for the peer showcase portion")),
        ("h2", "Goal review"),
        ("p", "Jonah: " + j1),
        ("p", "Jonah: " + j2),
        ("h2", "Peer showcase"),
        ("p", "Elliot: " + e1),
        ("h2", "Looking ahead"),
        ("p", "Jonah: " + j3),
        ("p", "Dad thanked Jonah for leading the whole meeting himself."),
    ])
    reg(name, "T1301", [
        ("S1302", OB, "2025-11-13", "student-led conference notes filed as teacher_observation_note"),
        ("S1304", OB, "2025-11-13", "trap: file named after Jonah but Elliot also speaks"),
    ], [
        ("S1302", "Planning & Prioritization", "Developing", j1),
        ("S1302", "Organization", "Proficient", j2),
        ("S1302", "Self-Awareness", "Advanced", j3),
        ("S1304", "Social Awareness", "Developing", e1),
    ])

    name = "peer feedback - museum exhibit.pdf"
    p1 = "Keziah's exhibit label was really clear and she changed the wording after we said the first one was too long."
    p2 = "Her idea to make the artifact a 3D printed replica was something nobody else in the class thought of."
    write_pdf(name, "Peer Feedback", "Odalys Fenwick", utc(2025, 12, 3), [
        "# Gallery Walk Peer Feedback",
        "Exhibit by: Keziah Adeyemi-Ross     Reviewer: Marisol Vega",
        "Date: Dec. 3, 2025",
        "",
        "## Glow",
        p1,
        p2,
        "",
        "## Grow",
        "Maybe add a map so people know where it is from.",
    ])
    reg(name, "T1301", [
        ("S1303", PF, "2025-12-03", "subject of feedback"),
        ("S1301", PF, "2025-12-03", "writer of feedback"),
    ], [
        ("S1303", "Communication", "Proficient", p1),
        ("S1303", "Creativity & Innovation", "Proficient", p2),
    ])

    name = "doc3.docx"
    a1 = "I think I did ok on the project but I rushed the end because I started the night before."
    write_docx(name, "doc3", "Odalys Fenwick", naive(2026, 1, 9), [
        ("h1", "Weekly Reflection"),
        ("p", "Week of Jan 5"),
        ("p", a1),
        ("p", "Next time I will start earlier."),
    ])
    reg(name, "T1301", [("ASK", "", "", "no student name anywhere; cannot tell whose reflection")], [])

    name = "Keziah_tutoring_0129.vtt"
    k1 = "Okay so instead of me just telling you, what do you think the word arid means if the picture shows sand everywhere?"
    k2 = "You got it. See, you figured that out yourself. Let's try the next one the same way."
    m1 = "Oh, dry? Like no water. Okay I get it now."
    write_text(name, f"""WEBVTT

00:00:03.000 --> 00:00:09.500
<v Keziah>{k1}

00:00:10.000 --> 00:00:13.200
<v Marisol>{m1}

00:00:13.800 --> 00:00:19.000
<v Keziah>{k2}

00:00:19.500 --> 00:00:24.000
<v Ms. Fenwick>Nice coaching, Kez. Remember to switch roles at the ten-minute mark.
""")
    reg(name, "T1301", [
        ("S1303", PT, "2026-01-29", "date from file name 0129 in school year"),
        ("S1301", PT, "2026-01-29", "tutee; Marisol Vega (T1301)"),
    ], [
        ("S1303", "Relationship Skills", "Advanced", k1),
        ("S1303", "Communication", "Advanced", k2),
    ])

    name = "Marisol Vega - journal.md"
    v1 = "In September I never wrote anything down and I lost two worksheets. Now I have a color folder for each class and I haven't lost anything since winter break."
    v2 = "I also help Elliot put his papers in the right folder at the end of the day."
    v3 = "When I get frustrated I take three breaths and then I ask myself what the next small step is."
    write_text(name, f"""---
student: Marisol Vega
class: Crew 6F
date: 2026-02-20
type: journal
---

# Reflection: How have I changed this year?

{v1} {v2}

{v3}
""")
    reg(name, "T1301", [("S1301", RJ, "2026-02-20", "Elliot only mentioned in passing (helped by Marisol); not a subject, no row")], [
        ("S1301", "Organization", "Advanced", v1 + " " + v2),
        ("S1301", "Self-Management", "Proficient", v3),
    ])

    name = "Fwd_ Elliot and the water project.eml"
    e1 = "Elliot came home Tuesday and spent two hours building a model of the water filter without anyone asking him to, which has never happened before."
    e2 = "He also told me he was nervous to present but he practiced in front of his little sister three times."
    write_text(name, f"""From: Odalys Fenwick <ofenwick@larkspurcommons.example.org>
To: Odalys Fenwick <ofenwick@larkspurcommons.example.org>
Subject: Fwd: Elliot and the water project
Date: Mon, 16 Mar 2026 07:45:10 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Saving this for Elliot's file.

---------- Forwarded message ---------
From: Greta Brandvold <greta.brandvold@mailbox.example.net>
Date: Sat, Mar 14, 2026 at 9:12 PM
Subject: Elliot and the water project
To: Odalys Fenwick <ofenwick@larkspurcommons.example.org>

Hi Ms. Fenwick,

{e1} {e2}

Thank you for whatever you are doing,
Greta Brandvold
""")
    reg(name, "T1301", [("S1304", PN, "2026-03-14", "forwarded parent email; date of original message")], [
        ("S1304", "Task Initiation", "Proficient", e1),
        ("S1304", "Self-Management", "Proficient", e2),
    ])

    name = "water filter presentations 4.22.26.srt"
    s1 = "Our filter uses sand, charcoal and gravel in three layers, and we tested it five times with muddy water from the creek."
    s2 = "The first design failed because the charcoal floated, so we reversed the layers and that fixed it."
    s3 = "Some places in the world don't have clean water at all, like families who walk hours every day, so a cheap filter could really matter there."
    s4 = "We wrote to the city water department and asked how they test water, and they answered us with a whole PDF."
    write_text(name, f"""1
00:00:01,000 --> 00:00:08,000
{s1}

2
00:00:08,500 --> 00:00:14,000
{s2}

3
00:00:14,500 --> 00:00:22,000
{s3}

4
00:00:22,500 --> 00:00:29,000
{s4}
""")
    reg(name, "T1301", [("ASK", "", "", "presentation captions with no speaker labels or names; cannot attribute")], [])

    name = "Fenwick obs 5-19-2026.pdf"
    f1 = "Jonah volunteered to open the seminar and posed the first question himself, then made sure two quieter students got a turn before he spoke again."
    f2 = "Keziah challenged the article's claim that the dam helped everyone by pointing out that the article was written by the construction company."
    f3 = "Elliot kept his own checklist on the desk and started the writing task within a minute of the timer."
    write_pdf(name, "Observation 5/19/2026", "Odalys Fenwick", utc(2026, 5, 19), [
        "# Socratic Seminar Observation",
        "Crew 6F - Tuesday, May 19, 2026",
        "",
        f1, f2, f3,
    ])
    reg(name, "T1301", [
        ("S1302", OB, "2026-05-19", ""), ("S1303", OB, "2026-05-19", ""), ("S1304", OB, "2026-05-19", ""),
    ], [
        ("S1302", "Communication", "Proficient", f1),
        ("S1302", "Collaboration", "Advanced", f1),
        ("S1303", "Critical Thinking", "Advanced", f2),
        ("S1304", "Task Initiation", "Proficient", f3),
        ("S1304", "Organization", "Proficient", f3),
    ])

    # ===== T1302 Mr. Okonkwo-Hale, grade 7 STEM =====
    name = "bridge build group 1 - transcript.docx"
    t1 = "Can we just use my design? Mine is obviously the strongest, we don't need to vote."
    w1 = "Teddy, hold on. Marisol hasn't said anything yet and she drew a truss last week."
    m1 = "Um. I think triangles hold more weight, but it's fine, we can do Teddy's."
    d1 = "What if we combine them? Teddy's base with Marisol's triangles on top."
    i1 = "In our class we tested both kinds and the triangle one held twice as much."
    write_docx(name, "Bridge Build - Group 1", "Bram Okonkwo-Hale", naive(2025, 9, 18), [
        ("h1", "Bridge Build Challenge - Group 1 Planning Talk"),
        ("p", "Recorded 9/18/2025, 7th grade STEM, 2nd period. Ingrid (Ms. Marchetti's 8th grade mentor) visiting."),
        ("table", [
            ["Time", "Speaker", "Said"],
            ["0:05", "Teddy", t1],
            ["0:14", "Wren", w1],
            ["0:22", "Marisol", m1],
            ["0:31", "Dash", d1],
            ["0:40", "Ingrid", i1],
            ["0:52", "Mr. O-H", "Good. Take two minutes and sketch the combined version."],
        ]),
    ])
    reg(name, "T1302", [
        ("S1306", GD, "2025-09-18", ""), ("S1307", GD, "2025-09-18", ""),
        ("S1305", GD, "2025-09-18", "Marisol here is Marisol Okafor (T1302), not Marisol Vega"),
        ("S1308", GD, "2025-09-18", "Ingrid is S1309 of T1303: no row"),
    ], [
        ("S1306", "Collaboration", "Emerging", t1),
        ("S1307", "Social Awareness", "Proficient", w1),
        ("S1305", "Communication", "Emerging", m1),
        ("S1308", "Cognitive Flexibility", "Proficient", d1),
        ("S1308", "Collaboration", "Proficient", d1),
    ])

    name = "scan notes.txt"
    n1 = "Dash left his lab notebook in the gym again \u2014 third time this month."
    n2 = "Wren finished the circuit early and then quietly started troubleshooting the group next to her when their LED would not light, checking the polarity before touching anything."
    n3 = "Teddy blurted out answers four times during the demo, even after the hand signal."
    write_text(name, f"""10/02/25 \u2013 per. 2 \u2013 quick notes (scanned from clipboard, caf\u00e9 duty after)

- {n1}
- {n2}
- {n3}
""", encoding="cp1252")
    reg(name, "T1302", [
        ("S1308", OB, "2025-10-02", "cp1252 encoded"), ("S1307", OB, "2025-10-02", ""), ("S1306", OB, "2025-10-02", ""),
    ], [
        ("S1308", "Organization", "Emerging", n1),
        ("S1307", "Digital Literacy", "Advanced", n2),
        ("S1307", "Relationship Skills", "Proficient", n2),
        ("S1306", "Inhibitory Control", "Emerging", n3),
    ])

    name = "Teddy reflection.txt"
    r1 = "I know I talk over people. I think it's because I get excited and I'm scared I will forget my idea."
    r2 = "My goal for the next project is to count to three before I talk and to ask one person what they think."
    write_text(name, f"""Theodore Lunn
Reflection Journal - Oct 24 2025

{r1}

{r2}
""")
    reg(name, "T1302", [("S1306", RJ, "2025-10-24", "")], [
        ("S1306", "Self-Awareness", "Proficient", r1),
        ("S1306", "Inhibitory Control", "Developing", r2),
    ])

    name = "okafor_tutoring_nov.md"
    o1 = "Okay, so the slope is rise over run. Show me where you'd start on the graph."
    o2 = "No, that's okay, everybody mixes those up. Try counting the boxes going up first."
    d1 = "I keep getting the negative wrong. Can we do one more where it goes down?"
    write_text(name, f"""# Peer Tutoring Log

**Tutor:** Marisol Okafor  
**Tutee:** Dashiell Moreau  
**Date:** November 6, 2025  
**Topic:** Slope from a graph

---

**Marisol:** {o1}

**Dash:** I think... here? At the bottom?

**Marisol:** {o2}

**Dash:** {d1}

**Mr. Okonkwo-Hale:** Nice, Dash, that's a good question to ask.
""")
    reg(name, "T1302", [("S1305", PT, "2025-11-06", ""), ("S1308", PT, "2025-11-06", "")], [
        ("S1305", "Communication", "Proficient", o1),
        ("S1305", "Social Awareness", "Proficient", o2),
        ("S1308", "Self-Awareness", "Developing", d1),
    ])

    name = "Lunn parent email.eml"
    l1 = "Teddy has been telling us at dinner about how he let his group pick a different design and it actually worked better."
    l2 = "He still leaves his homework until 10pm most nights and then panics."
    write_text(name, f"""From: Harriet Lunn <hlunn@mailbox.example.net>
To: Bram Okonkwo-Hale <bokonkwohale@larkspurcommons.example.org>
Subject: Teddy - a good week!
Date: Wed, 10 Dec 2025 19:02:44 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Mr. Okonkwo-Hale,

{l1} {l2} Any tips welcome.

Best,
Harriet Lunn
""")
    reg(name, "T1302", [("S1306", PN, "2025-12-10", "")], [
        ("S1306", "Collaboration", "Developing", l1),
        ("S1306", "Task Initiation", "Emerging", l2),
    ])

    name = "wren_peer_review_012226.docx"
    w1 = "Wren's slide about e-waste shipped overseas made me think about where our old phones actually go."
    w2 = "She cited three sources and said which one she trusted most and why."
    write_docx(name, "Peer Review", "Bram Okonkwo-Hale", naive(2026, 1, 22), [
        ("h1", "Peer Review Form"),
        ("table", [["Presenter", "Wren Castellano"], ["Reviewer", "Theodore Lunn"], ["Date", "1/22/2026"]]),
        ("h2", "What worked"),
        ("p", w1), ("p", w2),
        ("h2", "Rating (1-4)"),
        ("p", "Content 4   Delivery 3"),
    ])
    reg(name, "T1302", [("S1307", PF, "2026-01-22", "subject"), ("S1306", PF, "2026-01-22", "reviewer")], [
        ("S1307", "Global Awareness", "Proficient", w1),
        ("S1307", "Critical Thinking", "Proficient", w2),
    ])

    name = "STEM obs wk of Feb 9.pdf"
    b1 = "On Wednesday 2/11 Marisol Okafor presented her group's data to the class without notes and answered two follow-up questions clearly."
    b2 = "Dash set up his own timeline with three checkpoints for the solar oven project and hit the first one early."
    b3 = "Teddy waited for his turn during the debrief and asked Wren a follow-up question about her idea."
    write_pdf(name, "STEM observations", "Bram Okonkwo-Hale", utc(2026, 2, 13), [
        "# Observation Notes - Week of February 9, 2026",
        "7th Grade STEM",
        "",
        b1, b2, b3,
    ])
    reg(name, "T1302", [
        ("S1305", OB, "2026-02-11", "date given in text"), ("S1308", OB, "2026-02-09", "week-of date, no specific day"),
        ("S1306", OB, "2026-02-09", "week-of date"), ("S1307", OB, "2026-02-09", "only mentioned; Teddy asked her a question"),
    ], [
        ("S1305", "Communication", "Proficient", b1),
        ("S1308", "Planning & Prioritization", "Proficient", b2),
        ("S1306", "Inhibitory Control", "Proficient", b3),
    ])

    name = "solar oven showcase.txt"
    p1 = "Our oven got to 82 degrees Celsius, which was the highest in the class, because we added a second reflector made out of a pizza box lid."
    p2 = "When it was cloudy on test day we switched to testing with a heat lamp and compared the two results instead of giving up."
    p3 = "If we did it again, I'd plan a backup test day, because we almost ran out of time."
    write_text(name, f"""Solar Oven Showcase - Team Sunbeam
March 5, 2026
Presenters: Dashiell Moreau, Wren Castellano

DASH: {p1}
WREN: {p2}
DASH: {p3}
MR. OKONKWO-HALE: Questions from the audience?
""", crlf=True)
    reg(name, "T1302", [("S1308", PP, "2026-03-05", ""), ("S1307", PP, "2026-03-05", "")], [
        ("S1308", "Creativity & Innovation", "Proficient", p1),
        ("S1307", "Cognitive Flexibility", "Advanced", p2),
        ("S1308", "Planning & Prioritization", "Advanced", p3),
    ])

    name = "Marisol O self-assessment April.md"
    m1 = "At the start of the year I never raised my hand. Now I can explain my thinking to the whole class, even when I'm not sure I'm right."
    m2 = "I still don't plan well. I usually figure out what to do the day it's due."
    write_text(name, f"""---
title: Quarter 3 Self-Assessment
author: Marisol Okafor
date: April 17, 2026
course: STEM 7
---

{m1}

{m2}
""")
    reg(name, "T1302", [("S1305", RJ, "2026-04-17", "Okafor, not Vega")], [
        ("S1305", "Communication", "Proficient", m1),
        ("S1305", "Planning & Prioritization", "Emerging", m2),
    ])

    name = "group 3 debrief 5.7.txt"
    g1 = "I think our problem was we all wanted to be the leader. Next time we should pick roles at the start."
    g2 = "I disagree a little. Roles helped, but we also didn't check whether our sources about the river were from this century."
    g3 = "I made the shared folder so everyone's drafts were in one place, that part went well."
    g4 = "Honestly I would have been lost without the folder Teddy made."
    write_text(name, f"""Group 3 debrief, River Restoration project
5/7/26 - Mr. O-H's room

Teddy: {g3}
Wren: {g1}
Marisol: {g2}
Dash: {g4}
Mr. O-H: Great reflection. Write one action step each on your sticky.
""")
    reg(name, "T1302", [
        ("S1306", GD, "2026-05-07", ""), ("S1307", GD, "2026-05-07", ""),
        ("S1305", GD, "2026-05-07", "Marisol Okafor"), ("S1308", GD, "2026-05-07", ""),
    ], [
        ("S1306", "Organization", "Advanced", g3),
        ("S1307", "Collaboration", "Developing", g1),
        ("S1305", "Critical Thinking", "Proficient", g2),
    ])

    # ===== T1303 Ms. Marchetti, grade 8 humanities =====
    name = "Harkness 8M 2025-08-28.docx"
    h1 = "I read the same story on two sites and one left out that the factory had already been fined. So I don't trust the first one."
    h2 = "But maybe the first site is just shorter, not biased? We'd need to check who owns it."
    h3 = "Can we slow down? Some people haven't read the second article yet."
    h4 = "Whatever, I'll just go with what Ravi said."
    write_docx(name, "Harkness 8M", "Ilse Marchetti", naive(2025, 8, 28), [
        ("h1", "Harkness Discussion - 8M"),
        ("p", "Date: 08/28/2025   Text: Two news reports on a factory closure"),
        ("p", "Ingrid: " + h1),
        ("p", "Ravi: " + h2),
        ("p", "Bea: " + h3),
        ("p", "Caspian: " + h4),
        ("p", "Ms. Marchetti: Caspian, what do you think on your own?"),
        ("p", "Caspian: I don't know. Pass."),
    ])
    reg(name, "T1303", [
        ("S1309", GD, "2025-08-28", ""), ("S1310", GD, "2025-08-28", ""),
        ("S1311", GD, "2025-08-28", ""), ("S1312", GD, "2025-08-28", ""),
    ], [
        ("S1309", "Critical Thinking", "Proficient", h1),
        ("S1310", "Critical Thinking", "Advanced", h2),
        ("S1311", "Social Awareness", "Proficient", h3),
        ("S1312", "Critical Thinking", "Emerging", h4),
        ("S1312", "Communication", "Emerging", "I don't know. Pass."),
    ])

    name = "Caspian - Sept journal.txt"
    c1 = "I always lose track of what we're supposed to do after the second step. Like today there were four steps and I only remembered the first two."
    c2 = "I didn't start the essay because I didn't know how, and then it was too late."
    write_text(name, f"""Caspian Ferro  -  journal  -  9/23/2025

{c1}

{c2}
""", crlf=True)
    reg(name, "T1303", [("S1312", RJ, "2025-09-23", "")], [
        ("S1312", "Working Memory", "Emerging", c1),
        ("S1312", "Task Initiation", "Emerging", c2),
    ])

    name = "ravi_obs.pdf"
    r1 = "Ravi organized the jigsaw groups on his own, assigned each person a source, and kept a running list of who had reported back."
    r2 = "When Bea and Caspian argued over whose turn it was, Ravi proposed a timer so each got equal time, and both agreed."
    write_pdf(name, "Observation - Ravi T-L", "Ilse Marchetti", utc(2025, 10, 15), [
        "# Teacher Observation",
        "Student: Ravi Thakkar-Lowe",
        "Observed: Wednesday, October 15, 2025 - advisory + humanities",
        "",
        r1, r2,
    ])
    reg(name, "T1303", [("S1310", OB, "2025-10-15", "Bea and Caspian only mentioned in Ravi's note")], [
        ("S1310", "Organization", "Advanced", r1),
        ("S1310", "Collaboration", "Advanced", r2),
    ])

    name = "Nwosu, B - family email.eml"
    b1 = "Bea has been anxious about the debate and she cried Sunday night, but she told us exactly why: she is afraid of being wrong in front of everyone."
    b2 = "She has started volunteering at the food bank on Saturdays after your unit on food insecurity, and wants to start a drive at school."
    write_text(name, f"""From: Adaeze Nwosu <a.nwosu@mailbox.example.net>
To: Ilse Marchetti <imarchetti@larkspurcommons.example.org>
Subject: Beatrix - debate nerves
Date: Mon, 17 Nov 2025 08:15:00 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Ms. Marchetti,

{b1} {b2}

Kind regards,
Adaeze Nwosu
""")
    reg(name, "T1303", [("S1311", PN, "2025-11-17", "")], [
        ("S1311", "Self-Awareness", "Proficient", b1),
        ("S1311", "Global Awareness", "Advanced", b2),
    ])

    name = "8M debate tutoring.vtt"
    i1 = "Okay, if they say the school day should be shorter, what's the strongest argument they'll make? Let's answer it before they say it."
    i2 = "Don't just read your card. Look at the judges. Pretend you're explaining it to your grandma."
    c1 = "Okay. I wrote the rebuttal on an index card so I don't forget the order."
    write_text(name, f"""WEBVTT

NOTE Debate prep peer tutoring, 8M, December 2, 2025

00:00:01.000 --> 00:00:08.000
<v Ingrid Solberg>{i1}

00:00:08.500 --> 00:00:12.000
<v Caspian Ferro>{c1}

00:00:12.500 --> 00:00:18.000
<v Ingrid Solberg>{i2}

00:00:18.500 --> 00:00:21.000
<v Lucia Haldane>Can I try the rebuttal after Caspian?
""")
    reg(name, "T1303", [
        ("S1309", PT, "2025-12-02", ""), ("S1312", PT, "2025-12-02", "Lucia is S1313 of T1304: no row"),
    ], [
        ("S1309", "Critical Thinking", "Advanced", i1),
        ("S1309", "Relationship Skills", "Advanced", i2),
        ("S1312", "Working Memory", "Developing", c1),
    ])

    name = "Ingrid Solberg Q2 reflection.docx"
    s1 = "I noticed I get short with people when I'm tired, and I hurt Bea's feelings in debate prep. I apologized the next day."
    s2 = "I want to learn to disagree without sounding like I'm attacking, because I'm going to be a team captain next year."
    write_docx(name, "Q2 Reflection", "Ingrid Solberg", naive(2026, 1, 16), [
        ("h1", "Quarter 2 Reflection"),
        ("table", [["Name", "Ingrid Solberg"], ["Advisory", "8M - Ms. Marchetti"], ["Date", "Jan. 16, 2026"]]),
        ("h2", "Something I learned about myself"),
        ("p", s1),
        ("h2", "A goal"),
        ("p", s2),
    ])
    reg(name, "T1303", [("S1309", RJ, "2026-01-16", "author metadata is the student")], [
        ("S1309", "Relationship Skills", "Proficient", s1),
        ("S1309", "Self-Awareness", "Advanced", s2),
    ])

    name = "debate finals 2-26.txt"
    d1 = "We looked at data from Finland, Japan and Kenya, and the countries with shorter school days didn't always have lower test scores, so the issue is more complicated than our opponents said."
    d2 = "I was wrong earlier about the cost, and I changed our argument after reading the budget report."
    d3 = "I made the slides in a shared deck and checked every image license so we weren't stealing anybody's photos."
    write_text(name, f"""8M Debate Finals - Affirmative Team
Thurs 2/26/26
Speakers: Bea, Ravi, Caspian (in order)

Bea: {d1}

Ravi: {d2}

Caspian: {d3}

[applause]
""")
    reg(name, "T1303", [
        ("S1311", PP, "2026-02-26", "debate final speeches treated as project presentation"),
        ("S1310", PP, "2026-02-26", ""), ("S1312", PP, "2026-02-26", ""),
    ], [
        ("S1311", "Global Awareness", "Proficient", d1),
        ("S1311", "Critical Thinking", "Advanced", d1),
        ("S1310", "Cognitive Flexibility", "Proficient", d2),
        ("S1312", "Digital Literacy", "Proficient", d3),
    ])

    name = "Cas check-in 3 31 26.md"
    c1 = "Caspian started the research log before I finished giving directions and didn't need a reminder for any of the four steps."
    c2 = "He told me, \"I used to never start until you came over, but now I break it into pieces first.\""
    write_text(name, f"""**Advisory check-in — Caspian F.**

**When:** 3/31/26, 8:10 am

**Notes:**

{c1}

{c2}

**Follow-up:** Share his chunking strategy with the crew.
""")
    reg(name, "T1303", [("S1312", OB, "2026-03-31", "")], [
        ("S1312", "Task Initiation", "Proficient", c1),
        ("S1312", "Working Memory", "Proficient", c1),
        ("S1312", "Self-Management", "Proficient", c2),
    ])

    name = "peer feedback Ravi.txt"
    f1 = "Ravi made sure everyone in our group got to present a part, even Omar who is new."
    f2 = "He sometimes says his plan is the only way and doesn't listen to other ideas at first."
    write_text(name, f"""Peer feedback for: Ravi Thakkar-Lowe
From: Beatrix Nwosu
April 21, 2026 - Capstone rehearsal

{f1}
{f2}
""")
    reg(name, "T1303", [
        ("S1310", PF, "2026-04-21", "subject; Omar mentioned is S1314 of T1304, no row"),
        ("S1311", PF, "2026-04-21", "writer"),
    ], [
        ("S1310", "Collaboration", "Advanced", f1),
        ("S1310", "Cognitive Flexibility", "Developing", f2),
    ])

    name = "capstone presentations 8M.docx"
    c1 = "Our capstone is about microplastics. We tested water from three local streams and then compared our numbers with a study from the Mediterranean."
    c2 = "We found one website that said microplastics are harmless, but it was paid for by a plastics company, so we left it out and explained why."
    c3 = "We sent our findings to the town council and asked them to put filters on the storm drains."
    write_docx(name, "Capstone presentations", "Ilse Marchetti", naive(2026, 5, 28), [
        ("h1", "8M Capstone Presentations"),
        ("p", "May 28, 2026 - Team Ingrid & Bea"),
        ("p", c1), ("p", c2), ("p", c3),
    ])
    reg(name, "T1303", [
        ("S1309", PP, "2026-05-28", "team named in header; paragraphs carry no speaker labels, so no skill labels"),
        ("S1311", PP, "2026-05-28", "team named in header; lines cannot be attributed to one presenter"),
    ], [])

    # ===== T1304 Mr. Lindqvist, mixed-grade advisory / maker lab =====
    name = "maker lab crew 9.3.25.txt"
    l1 = "I can't do it if the instructions keep changing. You said cardboard, now it's foam."
    o1 = "It's fine, foam is easier to cut anyway. Want me to show you?"
    p1 = "I already sketched two versions so we can pick whichever works with foam."
    h1 = "Let me do all the cutting, you guys are too slow."
    write_text(name, f"""Maker Lab - Crew L - 9/3/25
[0:00] Mr. Lindqvist: Change of plan, we're out of cardboard. Use the foam board.
[0:06] Lucia: {l1}
[0:12] Omar: {o1}
[0:18] Penny: {p1}
[0:24] Hugo: {h1}
[0:30] Mr. Lindqvist: Hugo, how can everybody get a turn?
""")
    reg(name, "T1304", [
        ("S1313", GD, "2025-09-03", ""), ("S1314", GD, "2025-09-03", ""),
        ("S1315", GD, "2025-09-03", "Penny = Penelope Strand"), ("S1316", GD, "2025-09-03", ""),
    ], [
        ("S1313", "Cognitive Flexibility", "Emerging", l1),
        ("S1314", "Relationship Skills", "Proficient", o1),
        ("S1315", "Cognitive Flexibility", "Proficient", p1),
        ("S1316", "Collaboration", "Emerging", h1),
    ])

    name = "Hugo_B_observation_10-20-25.docx"
    h1 = "Hugo was on a gaming site for most of the research block and closed the tab each time I walked past."
    h2 = "When asked to find a source on wind turbines, he copied the first search result into his notes without reading it."
    write_docx(name, "Observation Hugo", "Caspar Lindqvist", naive(2025, 10, 20), [
        ("h1", "Observation: Hugo Batiste"),
        ("p", "Monday October 20, 2025 | Maker Lab research block"),
        ("p", h1), ("p", h2),
    ])
    reg(name, "T1304", [("S1316", OB, "2025-10-20", "")], [
        ("S1316", "Digital Literacy", "Emerging", h1),
        ("S1316", "Inhibitory Control", "Emerging", h1),
        ("S1316", "Critical Thinking", "Emerging", h2),
    ])

    name = "Penny journal entry.pdf"
    p1 = "I planned my birdhouse build backwards from the due date, and I put an extra day at the end in case the glue didn't dry."
    p2 = "I also had a plan B for if the laser cutter was booked, which it was, so I used the hand saw."
    write_pdf(name, "Journal", "Penelope Strand", utc(2025, 11, 20), [
        "# Maker Journal",
        "Penelope S. - 11/20/2025",
        "",
        p1, p2,
    ])
    reg(name, "T1304", [("S1315", RJ, "2025-11-20", "")], [
        ("S1315", "Planning & Prioritization", "Advanced", p1 + " " + p2),
        ("S1315", "Cognitive Flexibility", "Proficient", p2),
    ])

    name = "Haldane - parent note.eml"
    h1 = "Lucia was very upset last week when the project groups were switched, and she refused to go to school on Thursday."
    h2 = "This week she told me she actually likes her new group and that she handled it better than she thought she would."
    write_text(name, f"""From: Rowan Haldane <rhaldane@mailbox.example.net>
To: Caspar Lindqvist <clindqvist@larkspurcommons.example.org>
Subject: Lucia update
Date: Fri, 9 Jan 2026 16:40:00 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hello Mr. Lindqvist,

{h1} {h2}

Thanks,
Rowan
""")
    reg(name, "T1304", [("S1313", PN, "2026-01-09", "")], [
        ("S1313", "Cognitive Flexibility", "Developing", h2),
        ("S1313", "Self-Management", "Emerging", h1),
    ])

    name = "tutoring omar hugo 2.4.26.srt"
    o1 = "Before we write code, let's list every step the robot has to do, in order. First it drives forward, then?"
    h1 = "Then it turns at the line. Oh wait, and it has to check the sensor before it turns."
    o2 = "Exactly. You caught that. Now you type it and I'll just watch."
    write_text(name, f"""1
00:00:02,000 --> 00:00:09,000
OMAR: {o1}

2
00:00:09,500 --> 00:00:15,000
HUGO: {h1}

3
00:00:15,500 --> 00:00:20,000
OMAR: {o2}
""")
    reg(name, "T1304", [("S1314", PT, "2026-02-04", ""), ("S1316", PT, "2026-02-04", "")], [
        ("S1314", "Working Memory", "Advanced", o1),
        ("S1314", "Relationship Skills", "Advanced", o2),
        ("S1316", "Working Memory", "Developing", h1),
    ])

    name = "Omar peer feedback from Penny.md"
    f1 = "Omar listens to everyone's idea before deciding and he asks the quiet kids what they think."
    f2 = "His prototype of the rain catcher used a bike wheel which was really creative."
    write_text(name, f"""---
reviewer: Penelope Strand
subject: Omar Fitzwilliam
date: 2026-03-03
form: peer feedback
---

**Two stars**

- {f1}
- {f2}

**One wish**

- Talk a little louder when presenting.
""")
    reg(name, "T1304", [("S1314", PF, "2026-03-03", "subject"), ("S1315", PF, "2026-03-03", "writer")], [
        ("S1314", "Collaboration", "Advanced", f1),
        ("S1314", "Creativity & Innovation", "Proficient", f2),
    ])

    name = "Lindqvist notes March.docx"
    n1 = "Hugo stayed off games for the whole block and used the checklist to test the rover three times."
    n2 = "Lucia helped a sixth grader who was stuck and explained the gear ratio in her own words."
    n3 = "Penny noticed the design brief favoured rich countries and suggested a version with free materials."
    write_docx(name, "Notes March", "Caspar Lindqvist", naive(2026, 3, 18), [
        ("h1", "Maker Lab Notes"),
        ("table", [["Date", "Student", "Note"],
                   ["3/18/26", "Hugo", n1],
                   ["3/18/26", "Lucia", n2],
                   ["3/18/26", "Penny", n3]]),
    ])
    reg(name, "T1304", [
        ("S1316", OB, "2026-03-18", ""), ("S1313", OB, "2026-03-18", ""), ("S1315", OB, "2026-03-18", ""),
    ], [
        ("S1316", "Inhibitory Control", "Proficient", n1),
        ("S1313", "Communication", "Proficient", n2),
        ("S1315", "Global Awareness", "Proficient", n3),
    ])

    name = "Hugo reflection april.txt"
    r1 = "In October I was on games all the time and I didn't care. Now I close everything except the coding site before I start, so I don't even get tempted."
    r2 = "I learned to check if a website is real by looking at who made it and if other sites say the same thing."
    write_text(name, f"""Hugo Batiste
April 14 2026
Reflection

{r1}

{r2}
""", crlf=True)
    reg(name, "T1304", [("S1316", RJ, "2026-04-14", "")], [
        ("S1316", "Inhibitory Control", "Advanced", r1),
        ("S1316", "Digital Literacy", "Proficient", r2),
        ("S1316", "Critical Thinking", "Proficient", r2),
    ])

    name = "rover expo.docx"
    x1 = "Our rover can climb a ramp of thirty degrees. We rebuilt the wheels twice after feedback from the fifth graders."
    x2 = "I made a spreadsheet that tracked every test so we could see what changed."
    x3 = "We want to enter the regional competition, so I already started a sign-up list and three other crews joined."
    write_docx(name, "Rover Expo", "Caspar Lindqvist", naive(2026, 5, 12), [
        ("h1", "Rover Expo Presentations - May 12, 2026"),
        ("h2", "Team: Lucia Haldane, Penelope Strand"),
        ("p", "LUCIA: " + x1),
        ("p", "PENNY: " + x2),
        ("p", "LUCIA: " + x3),
        ("p", "Audience question from Jonah (visiting 6th grader): How much did it cost?"),
    ])
    reg(name, "T1304", [
        ("S1313", PP, "2026-05-12", "Jonah is S1302 of T1301: no row"), ("S1315", PP, "2026-05-12", ""),
    ], [
        ("S1313", "Creativity & Innovation", "Proficient", x1),
        ("S1315", "Organization", "Proficient", x2),
        ("S1313", "Task Initiation", "Advanced", x3),
    ])

    name = "end of year conf - Omar.pdf"
    o1 = "Omar led his own conference, opening his portfolio and explaining how his goal moved from finishing projects to mentoring the sixth graders."
    o2 = "His mother shared that he now plans his week every Sunday night on a calendar app without being asked."
    write_pdf(name, "Conference", "Caspar Lindqvist", utc(2026, 6, 1), [
        "# Student-Led Conference",
        "Omar Fitzwilliam - Grade 8 - June 1, 2026",
        "",
        o1, o2,
    ])
    reg(name, "T1304", [("S1314", OB, "2026-06-01", "student-led conference notes -> teacher_observation_note")], [
        ("S1314", "Self-Awareness", "Advanced", o1),
        ("S1314", "Planning & Prioritization", "Proficient", o2),
    ])


def extra():
    # second batch to reach ~40 documents
    name = "exit ticket 1-14 Jonah.txt"
    j = "I checked two sources today and they disagreed about the date, so I wrote both and asked which one the museum used."
    write_text(name, f"""EXIT TICKET 1/14/26
Name: Jonah P.
Q: How did you check your facts today?
A: {j}
""")
    reg(name, "T1301", [("S1302", RJ, "2026-01-14", "exit ticket")], [("S1302", "Critical Thinking", "Proficient", j)])

    name = "Kez reflection Oct.md"
    k = "I like helping people but sometimes I take over their work and then they don't learn. I want to ask questions instead."
    write_text(name, f"""# Reflection - Keziah A-R
*October 30, 2025*

{k}
""")
    reg(name, "T1301", [("S1303", RJ, "2025-10-30", "")], [("S1303", "Self-Awareness", "Proficient", k),
                                                           ("S1303", "Collaboration", "Developing", k)])

    name = "wren conf notes 03.12.26.txt"
    w = "Wren explained to her parents that she now keeps a separate list for each of her three projects and ranks them by due date every Monday."
    w2 = "She said she volunteers to start the group's first draft so others have something to react to."
    write_text(name, f"""Student-led conference, Wren Castellano
12 March 2026

{w}
{w2}
""")
    reg(name, "T1302", [("S1307", OB, "2026-03-12", "date written day-month style in text")], [
        ("S1307", "Planning & Prioritization", "Advanced", w),
        ("S1307", "Task Initiation", "Advanced", w2),
    ])

    name = "Dash email from grandma.eml"
    g = "Dashiell used to lose his backpack every other week but this semester he packs it the night before and checks it against the list on the fridge."
    write_text(name, f"""From: Colette Moreau <cmoreau@mailbox.example.net>
To: Bram Okonkwo-Hale <bokonkwohale@larkspurcommons.example.org>
Subject: thank you
Date: Tue, 28 Apr 2026 12:05:33 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Mr. Okonkwo-Hale,

{g}

With gratitude,
Colette Moreau (grandmother)
""")
    reg(name, "T1302", [("S1308", PN, "2026-04-28", "grandparent email = parent_note")], [
        ("S1308", "Organization", "Proficient", g)])

    name = "bea_obs_Sep.docx"
    b = "Bea hesitated to share in the seminar and only spoke after I called on her, then gave a short answer and looked down."
    write_docx(name, "Observation Bea", "Ilse Marchetti", naive(2025, 9, 10), [
        ("h1", "Observation"),
        ("table", [["Student", "Beatrix Nwosu (Bea)"], ["Date", "September 10, 2025"]]),
        ("p", b),
    ])
    reg(name, "T1303", [("S1311", OB, "2025-09-10", "")], [("S1311", "Communication", "Developing", b)])

    name = "Lucia journal Nov 2025.txt"
    lj = "When my group made a decision without me I wanted to quit, but I didn't. I told them I felt left out and we redid the vote."
    write_text(name, f"""Lucia Haldane
Nov. 12, 2025

{lj}
""")
    reg(name, "T1304", [("S1313", RJ, "2025-11-12", "")], [
        ("S1313", "Relationship Skills", "Developing", lj),
        ("S1313", "Self-Management", "Developing", lj),
    ])

    name = "penny obs 12-4.md"
    pn = "Penny finished her own build early and then started a poster for the recycling bins without being asked, recruiting two classmates to help."
    write_text(name, f"""**Observation — Penelope Strand**
**Date:** 12/4/2025

{pn}
""")
    reg(name, "T1304", [("S1315", OB, "2025-12-04", "")], [
        ("S1315", "Task Initiation", "Advanced", pn),
        ("S1315", "Responsible Decision-Making", "Proficient", pn),
    ])

    name = "omar reflection.docx"
    om = "I asked myself whether it was fair to use the other team's design idea, and I decided to ask them first and give them credit on our poster."
    write_docx(name, "Reflection", "Omar Fitzwilliam", naive(2026, 4, 2), [
        ("h1", "Ethics Reflection - April 2, 2026"),
        ("p", "Name: Omar Fitzwilliam"),
        ("p", om),
    ])
    reg(name, "T1304", [("S1314", RJ, "2026-04-02", "")], [
        ("S1314", "Responsible Decision-Making", "Advanced", om)])

    name = "ravi group chat summary.txt"
    rv = "Ravi asked the group to think about whether posting the survey results with names would be fair to the kids who answered."
    rv2 = "Ingrid suggested they anonymize it first and everyone agreed."
    write_text(name, f"""Humanities 8M - group 2 conversation summary (teacher notes during discussion)
Jan 28, 2026

{rv}
{rv2}
""")
    reg(name, "T1303", [("S1310", OB, "2026-01-28", "summary notes by teacher = observation"), ("S1309", OB, "2026-01-28", "")], [
        ("S1310", "Responsible Decision-Making", "Proficient", rv),
        ("S1309", "Responsible Decision-Making", "Proficient", rv2),
    ])

    name = "teddy exit ticket 2.25.26.md"
    te = "I used to think the first idea was the best one, but today I tried three different ways to balance the lever before I picked one."
    write_text(name, f"""**Exit ticket** — Teddy L. — 2/25/26

{te}
""")
    reg(name, "T1302", [("S1306", RJ, "2026-02-25", "")], [("S1306", "Cognitive Flexibility", "Proficient", te)])

    name = "Marisol Vega presentation 4-29.docx"
    mv = "Our group's town hall was about whether the school should switch to reusable trays, and I interviewed the lunch staff so we could hear their side."
    mv2 = "I practiced my part so much that I didn't need the card, and people clapped after my part."
    write_docx(name, "Town Hall Presentation", "Odalys Fenwick", naive(2026, 4, 29), [
        ("h1", "Town Hall Presentation - Marisol Vega"),
        ("p", "April 29, 2026"),
        ("p", "Marisol: " + mv),
        ("p", "Marisol: " + mv2),
    ])
    reg(name, "T1301", [("S1301", PP, "2026-04-29", "Vega")], [
        ("S1301", "Social Awareness", "Advanced", mv),
        ("S1301", "Communication", "Proficient", mv2),
    ])


def main():
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    build()
    extra()

    def wcsv(path, header, rows):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    (HERE / "roster").mkdir(exist_ok=True)
    wcsv(HERE / "roster" / "teachers.csv", ["id", "name", "email", "slack_user_id"], TEACHERS)
    wcsv(HERE / "roster" / "students.csv", ["id", "name", "grade", "teacher_id", "nickname"], STUDENTS)
    wcsv(HERE / "manifest.csv", ["document", "teacher_id"], MANIFEST)
    wcsv(HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], TRUTH)
    wcsv(HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], LABELS)
    print(f"{len(MANIFEST)} documents, {len(TRUTH)} truth rows, {len(LABELS)} labels")


if __name__ == "__main__":
    main()
