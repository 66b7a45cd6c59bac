"""Build the tuning9 evaluation set deterministically.

Run: /work/main/.venv/bin/python build_set.py   (from this folder)
Every file is rewritten from the data below; dates inside docx/pdf metadata and
zip entry times are fixed so that rebuilds are byte-identical.
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
DOCS_DIR = HERE / "documents"
ROSTER_DIR = HERE / "roster"
FIXED = dt.datetime(2026, 6, 1, 9, 0, 0)
ZIP_TIME = (2026, 6, 1, 9, 0, 0)

TEACHERS = [
    ("T1001", "Danielle Okafor", "dokafor@granitepeakva.org", "U0T1001"),
    ("T1002", "Marcus Lindqvist", "mlindqvist@granitepeakva.org", "U0T1002"),
    ("T1003", "Rosa Villanueva-Hart", "rvillanuevahart@granitepeakva.org", "U0T1003"),
    ("T1004", "Dev Anand", "danand@granitepeakva.org", "U0T1004"),
]
STUDENTS = [
    ("S1001", "Jayden Reyes", 7, "T1001", "Jay"),
    ("S1002", "Amara Okonkwo-Bell", 7, "T1001", ""),
    ("S1003", "Sofía Marín", 7, "T1001", ""),
    ("S1004", "Liam Chen", 7, "T1001", ""),
    ("S1005", "Maria Ferreira", 8, "T1002", ""),
    ("S1006", "Jayden Whitaker", 8, "T1002", "JW"),
    ("S1007", "Nadia Haddad", 8, "T1002", ""),
    ("S1008", "Elijah Brooks", 8, "T1002", "Eli"),
    ("S1009", "Zoë Lindgren-Price", 6, "T1003", ""),
    ("S1010", "Mateo Álvarez", 6, "T1003", ""),
    ("S1011", "Priya Raman", 6, "T1003", ""),
    ("S1012", "Owen Castellano", 6, "T1003", ""),
    ("S1013", "Kiara Johnson", 7, "T1004", "Kiki"),
    ("S1014", "Benjamin Tran", 7, "T1004", "Benji"),
    ("S1015", "Liam Obi", 7, "T1004", ""),
    ("S1016", "Ximena Ruiz-Delgado", 7, "T1004", "Mena"),
]

DOCS: list[dict] = []


def doc(name, teacher, etype, date, content, truth, labels, *, title=None, author=None,
        encoding="utf-8", crlf=False):
    """Register one document. truth: [(sid, notes)], labels: [(sid, skill, level, quote)]."""
    DOCS.append(dict(name=name, teacher=teacher, etype=etype, date=date, content=content,
                     truth=truth, labels=labels, title=title, author=author,
                     encoding=encoding, crlf=crlf))


# ---------------------------------------------------------------- writers
def write_text(path: Path, d: dict) -> None:
    text = d["content"].lstrip("\n")
    if d["crlf"]:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    enc = d["encoding"]
    if enc == "utf-16":
        data = text.encode("utf-16")  # writes a BOM
    else:
        data = text.encode(enc)
    path.write_bytes(data)


def _fixed_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path: Path, d: dict) -> None:
    document = docx.Document()
    cp = document.core_properties
    cp.title = d["title"] or ""
    cp.author = d["author"] or ""
    cp.last_modified_by = d["author"] or ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    for block in d["content"]:
        kind, val = block[0], block[1]
        if kind == "title":
            document.add_heading(val, level=0)
        elif kind == "h1":
            document.add_heading(val, level=1)
        elif kind == "h2":
            document.add_heading(val, level=2)
        elif kind == "p":
            document.add_paragraph(val)
        elif kind == "li":
            document.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            rows = val
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


class _PDF(FPDF):
    header_text = ""

    def header(self):  # first page only, like a printed export
        if self.page_no() == 1 and self.header_text:
            self.set_font("helvetica", "B", 9)
            self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("helvetica", "", 8)
        self.cell(0, 6, f"Page {self.page_no()}", align="C")


def write_pdf(path: Path, d: dict) -> None:
    pdf = _PDF()
    pdf.set_creation_date(FIXED)
    pdf.set_title(d["title"] or "")
    pdf.set_author(d["author"] or "")
    pdf.set_creator("Canvas LMS" if "Canvas" in (d["title"] or "") else "Microsoft Word")
    pdf.set_producer("PDF export")
    pdf.set_auto_page_break(True, margin=15)
    for block in d["content"]:
        kind, val = block[0], block[1]
        if kind == "header":
            pdf.header_text = val
            pdf.add_page()
        elif kind == "h":
            pdf.set_font("helvetica", "B", 13)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font("helvetica", "I", 9)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            raise ValueError(kind)
    path.write_bytes(bytes(pdf.output()))


# ======================================================== T1001 Ms. Okafor, ELA 7
doc("GMT20251007-141502_Recording.transcript.vtt", "T1001", "group_discussion_transcript", "2025-10-07", """
WEBVTT

1
00:00:03.120 --> 00:00:11.400
Danielle Okafor: Okay, inner circle, cameras on please. Our question today: was Jonas right to leave the community? Who wants to open?

2
00:00:12.050 --> 00:00:20.980
Jayden R (he/him): Me me me. Okay so yes, obviously, because they were literally killing babies and nobody even knew, that's insane.

3
00:00:21.300 --> 00:00:24.100
Danielle Okafor: Jayden, remember to point us to the text.

4
00:00:24.500 --> 00:00:31.900
Jayden R (he/him): Oh, yeah, it's like in chapter 19 or something, I don't have the page, hold on.

5
00:00:32.400 --> 00:00:52.700
Amara Okonkwo-Bell: Can I build off Jayden? On page 151 it says the Giver tells him the community can't go back to having memories without help. So I think Jonas leaving is kind of selfish and kind of brave at the same time, because he leaves everybody to deal with all the pain at once.

6
00:00:53.100 --> 00:01:02.300
Jayden R (he/him): Wait but that's not selfish, he's like, saving Gabe, you can't just

7
00:01:02.800 --> 00:01:06.900
Danielle Okafor: Let Amara finish her thought, then you're up.

8
00:01:07.300 --> 00:01:19.400
Amara Okonkwo-Bell: I'm done, I just mean it's both. Sofía, you haven't gone yet, do you think he had another choice?

9
00:01:20.100 --> 00:01:34.800
Sofía Marín: Um. I think he didn't really have a choice because Gabe was gonna be released the next morning. If he waited he'd lose him. So it was more like, he had to pick the worst thing or the less worse thing.

10
00:01:35.200 --> 00:01:49.600
Nadia Haddad: Sorry I'm from Mr. Lindqvist's section, we read this last year. Isn't the whole point that the community picked sameness so nobody has to choose? Like Jonas is the first person who chooses.

11
00:01:50.000 --> 00:02:03.300
Sofía Marín: Oh that's a good point. So the choosing is the brave part, not the leaving. I kind of changed my mind a little.

12
00:02:03.900 --> 00:02:12.500
Jayden R (he/him): Okay fine I agree with that. Sorry for cutting you off Amara.

13
00:02:13.000 --> 00:02:19.200
Danielle Okafor: Thank you, Jayden. Outer circle, keep tracking who builds on whom in your notes.
""", [("S1001", "speaks; Nadia Haddad (S1007) is Mr. Lindqvist's student visiting this section, she speaks but gets no row here"),
      ("S1002", "speaks"), ("S1003", "speaks")], [
    ("S1001", "Inhibitory Control", "Emerging", "Wait but that's not selfish, he's like, saving Gabe, you can't just"),
    ("S1001", "Critical Thinking", "Emerging", "Oh, yeah, it's like in chapter 19 or something, I don't have the page, hold on."),
    ("S1001", "Relationship Skills", "Developing", "Okay fine I agree with that. Sorry for cutting you off Amara."),
    ("S1002", "Critical Thinking", "Proficient", "On page 151 it says the Giver tells him the community can't go back to having memories without help. So I think Jonas leaving is kind of selfish and kind of brave at the same time"),
    ("S1002", "Collaboration", "Advanced", "Sofía, you haven't gone yet, do you think he had another choice?"),
    ("S1003", "Cognitive Flexibility", "Proficient", "So the choosing is the brave part, not the leaving. I kind of changed my mind a little."),
    ("S1003", "Responsible Decision-Making", "Developing", "So it was more like, he had to pick the worst thing or the less worse thing."),
])

doc("Reading Journal 4 - Jayden Reyes.docx", "T1001", "reflection_journal", "2025-09-24", [
    ("title", "Reading Journal #4"),
    ("p", "Jayden Reyes - ELA 7, Period 2 - Wednesday, September 24"),
    ("h2", "Prompt 1: What got in the way of your reading this week? Be honest."),
    ("p", "Honestly my phone. I had it next to me on the desk and every time it buzzed I checked it and then I was like 20 minutes in on youtube. I read maybe 15 pages total."),
    ("h2", "Prompt 2: What is one thing you could change next week?"),
    ("p", "idk maybe put it in the kitchen. my mom said she would hold it but I don't want to ask her every time. I guess I could try it for like 2 days and see."),
    ("h2", "Prompt 3: How did you feel during Tuesday's seminar practice?"),
    ("p", "Kind of annoyed because people kept saying stuff I was going to say. Also nervous but mostly annoyed."),
    ("table", [["Pages read", "Minutes", "Signed"], ["15", "40", "J.R."]]),
], [("S1001", "author")], [
    ("S1001", "Inhibitory Control", "Emerging", "I had it next to me on the desk and every time it buzzed I checked it and then I was like 20 minutes in on youtube."),
    ("S1001", "Self-Management", "Developing", "I guess I could try it for like 2 days and see."),
    ("S1001", "Self-Awareness", "Developing", "Also nervous but mostly annoyed."),
], title="Reading Journal 4", author="Jayden Reyes")

doc("Liam C obs 11-3.txt", "T1001", "teacher_observation_note", "2025-11-03", """
Mon 11/3 - breakout rooms, argument writing

Liam C. finished his claim + 3 reasons before the timer was half done and then just sat with his camera off. When I popped into room 4 he had written the whole paragraph for the group in the shared doc and Jayden and Sofia were just watching it happen. Asked him to hand the keyboard over, he did but said "it's faster if I do it." Reasoning in the paragraph itself is strong: he pulled two stats from the article and flagged that one of them was from 2009 and probably out of date.
Follow up: give him a role card (skeptic?) next time so he has a job that isn't "do everything."

Collaboration - E
Critical Thinking - P
""", [("S1004", "subject")], [
    ("S1004", "Collaboration", "Emerging", "When I popped into room 4 he had written the whole paragraph for the group in the shared doc and Jayden and Sofia were just watching it happen."),
    ("S1004", "Critical Thinking", "Proficient", "Reasoning in the paragraph itself is strong: he pulled two stats from the article and flagged that one of them was from 2009 and probably out of date."),
    ("S1004", "Task Initiation", "Proficient", "Liam C. finished his claim + 3 reasons before the timer was half done"),
])

doc("Discussion_ Is it ever right to break a rule_.pdf", "T1001", "group_discussion_transcript", "2025-10-15", [
    ("header", "Granite Peak Virtual Academy | ELA 7 (Okafor) | Canvas Discussions"),
    ("h", "Is it ever right to break a rule?"),
    ("small", "Posted by Danielle Okafor, Oct 13, 2025 8:02am. Reply to the prompt, then respond to two classmates by Wednesday."),
    ("p", "Amara Okonkwo-Bell - Oct 15, 2025 7:41pm"),
    ("p", "I think yes, but only if the rule hurts people and you've already tried asking for it to change. Like in the Giver, Jonas can't vote or complain, there's no way to change anything, so breaking it is the only option left. But if my school made a rule I didn't like, I would email the principal first because breaking it would just get me in trouble and nothing would change."),
    ("p", "Liam Chen - Oct 15, 2025 8:55pm"),
    ("p", "Replying to Amara. I mostly agree but who decides what hurts people? People who break rules always think they're right. I think you need evidence that it's actually hurting people, not just that you don't like it."),
    ("p", "Sofia Marin - Oct 15, 2025 9:30pm"),
    ("p", "i agree with both of u. sorry this is late i forgot it was due today"),
    ("p", "Amara Okonkwo-Bell - Oct 15, 2025 9:47pm"),
    ("p", "Liam that's a really good point, I didn't think about that. Maybe the evidence is whether other people agree with you and not just you. Sofia what do you think, do you have an example?"),
], [("S1002", "author of post and reply"), ("S1004", "replies"), ("S1003", "replies")], [
    ("S1002", "Responsible Decision-Making", "Proficient", "But if my school made a rule I didn't like, I would email the principal first because breaking it would just get me in trouble and nothing would change."),
    ("S1002", "Social Awareness", "Advanced", "Liam that's a really good point, I didn't think about that. Maybe the evidence is whether other people agree with you and not just you."),
    ("S1004", "Critical Thinking", "Advanced", "I mostly agree but who decides what hurts people? People who break rules always think they're right."),
    ("S1003", "Planning & Prioritization", "Emerging", "sorry this is late i forgot it was due today"),
], title="Canvas Discussion: Is it ever right to break a rule?", author="Danielle Okafor")

doc("Re_ Sofia - missing work in ELA.eml", "T1001", "parent_note", "2025-10-20", """
From: Gabriela Marin <gabi.marin.home@gmail.com>
To: Danielle Okafor <dokafor@granitepeakva.org>
Subject: Re: Sofia - missing work in ELA
Date: Mon, 20 Oct 2025 21:14:07 -0600
Message-ID: <CAF3x9q1-marin-2025@mail.gmail.com>
In-Reply-To: <okafor-20251017-0822@granitepeakva.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hi Ms. Okafor,

Thank you for letting us know. I had no idea she was missing four assignments, she tells me every night that she is done. We sat down together tonight and looked at Canvas and she honestly didn't know where to find the To Do list. She has three tabs open all the time and loses track of which class is which.

We made a paper checklist that she keeps next to the laptop and she crossed off the Giver discussion tonight. She was upset at first and said everybody else just remembers, but by the end she seemed relieved.

Could you tell me if there is a way for parents to get the weekly summary email? That would help me check in without nagging her.

Gabriela Marín (Sofía's mom)

On Fri, Oct 17, 2025 at 8:22 AM Danielle Okafor <dokafor@granitepeakva.org> wrote:
> Good morning Mrs. Marín,
> I wanted to reach out because Sofía has four missing assignments in ELA
> this quarter. She is a thoughtful reader and her seminar comments are
> some of the most careful in the class, so I know she can do this work.
> Could we find a time to talk?
> Danielle Okafor, ELA 7
""", [("S1003", "subject; mother writes")], [
    ("S1003", "Organization", "Emerging", "She has three tabs open all the time and loses track of which class is which."),
    ("S1003", "Self-Awareness", "Developing", "She was upset at first and said everybody else just remembers, but by the end she seemed relieved."),
])

doc("Peer Review - Narrative Draft (Liam reviewing Sofia).docx", "T1001", "peer_feedback", "2025-11-18", [
    ("title", "Peer Review: Personal Narrative Draft"),
    ("p", "Reviewer: Liam Chen      Writer: Sofía Marín      Date: 11/18/25"),
    ("table", [
        ["Question", "Reviewer's answer"],
        ["What is the strongest part of the draft?", "The part where your abuela's kitchen smells like burnt sugar, I could actually picture it. Also the ending where you don't say the moral, you just show her hands."],
        ["Where did you get confused?", "The middle jumps from the airport to school and I didn't know how much time passed. Maybe add one sentence like \"two months later\"."],
        ["One suggestion", "Your first paragraph has 4 sentences that start with \"I\". Try starting one with the setting."],
        ["How did the writer respond to feedback in your conversation?", "She wrote down everything and asked me which part to fix first. She didn't get defensive at all."],
    ]),
], [("S1004", "wrote the feedback"), ("S1003", "her draft is reviewed")], [
    ("S1004", "Communication", "Proficient", "The middle jumps from the airport to school and I didn't know how much time passed. Maybe add one sentence like \"two months later\"."),
    ("S1004", "Relationship Skills", "Developing", "The part where your abuela's kitchen smells like burnt sugar, I could actually picture it."),
    ("S1003", "Creativity & Innovation", "Proficient", "Also the ending where you don't say the moral, you just show her hands."),
    ("S1003", "Planning & Prioritization", "Developing", "She wrote down everything and asked me which part to fix first."),
], title="Peer Review - Narrative Draft", author="Liam Chen")

doc("Exit ticket 1-14.txt", "T1001", "reflection_journal", "2026-01-14", """
ELA 7 Exit Ticket -- Wed Jan 14
Q: What is one strategy you used today when the reading got hard? What would you do differently tomorrow?
(Google Form responses, copied)

Timestamp 1/14/2026 10:51:12 | Name: Sofia Marin
I reread the paragraph out loud on mute and wrote the main idea in the margin for each section. it helped a lot. tomorrow I'm going to do the checklist thing before class so I'm not rushing to find the doc

Timestamp 1/14/2026 10:52:40 | Name: Jayden Reyes
i skiped the hard part and came back. tomorrow idk

Timestamp 1/14/2026 10:53:05 | Name: Liam Chen
I looked up two words (sedition and dissent) and then explained the paragraph to Jayden in the chat which made me understand it better. Tomorrow I want to try the annotation code Ms O showed instead of just highlighting everything.
""", [("S1003", "responds"), ("S1001", "responds"), ("S1004", "responds")], [
    ("S1003", "Organization", "Developing", "tomorrow I'm going to do the checklist thing before class so I'm not rushing to find the doc"),
    ("S1003", "Working Memory", "Proficient", "I reread the paragraph out loud on mute and wrote the main idea in the margin for each section."),
    ("S1001", "Self-Awareness", "Emerging", "i skiped the hard part and came back. tomorrow idk"),
    ("S1004", "Collaboration", "Developing", "I looked up two words (sedition and dissent) and then explained the paragraph to Jayden in the chat which made me understand it better."),
])

doc("Conference notes - Reyes family - Jan 2026.docx", "T1001", "teacher_observation_note", "2026-01-22", [
    ("title", "Student-Led Conference Write-Up"),
    ("p", "Student: Jayden Reyes (goes by Jay)   Attending: Jay, Mr. Reyes, Ms. Okafor (Zoom)   Thursday, January 22nd"),
    ("h1", "What Jay shared"),
    ("p", "Jay opened the conference himself with his slide deck and walked his dad through his three goals without notes."),
    ("p", "He told his dad that he needs fewer reminders now to put his phone in the kitchen, and he showed the sticky note timer he uses for 25-minute reading blocks."),
    ("p", "When his dad asked about the missing Giver essay, Jay got quiet and said he \"just didn't feel like it,\" then after a minute admitted that he didn't know how to start the thesis and was embarrassed to ask."),
    ("h1", "Next steps"),
    ("li", "Jay will book one Tuesday office hour before each essay."),
    ("li", "Ms. Okafor will send the thesis starter to Mr. Reyes as well."),
    ("h2", "Skills discussed"),
    ("p", "Self-Management, Self-Awareness, Task Initiation"),
], [("S1001", "subject; student-led conference")], [
    ("S1001", "Self-Management", "Proficient", "He told his dad that he needs fewer reminders now to put his phone in the kitchen, and he showed the sticky note timer he uses for 25-minute reading blocks."),
    ("S1001", "Self-Awareness", "Proficient", "then after a minute admitted that he didn't know how to start the thesis and was embarrassed to ask."),
    ("S1001", "Communication", "Developing", "Jay opened the conference himself with his slide deck and walked his dad through his three goals without notes."),
    ("S1001", "Task Initiation", "Emerging", "Jay got quiet and said he \"just didn't feel like it,\""),
], title="Conference - Jay Reyes", author="Danielle Okafor")

doc("Amara book talk (Otter).txt", "T1001", "project_presentation_transcript", "2025-12-09", """
Amara book talk
Tue, Dec 9, 2025 1:34PM • 4:12 minutes
Keywords: refugee, boat, Mahmoud, Isabel, Josef, timeline

0:04
Okay, can everybody see my screen? Thumbs up in the chat if you can. Okay cool. So my book talk is on Refugee by Alan Gratz, and I picked it because my grandma came to the U.S. from Nigeria and she always says people don't understand how hard it is to leave.

0:31
So the book has three kids in three different times. Josef is in 1939 in Germany, Isabel is in 1994 in Cuba, and Mahmoud is in 2015 in Syria. I made this timeline so you don't get lost, because honestly I got lost the first time I read it.

1:12
What I want you guys to think about is that they're all running from different things but the countries that could help them kept saying no. Like the ship Josef is on gets turned away from Cuba, and then Isabel is trying to get from Cuba to Florida. So it's kind of like a circle.

2:05
I looked up how many refugees there are right now, the UN says over 100 million people are displaced, which is more than the whole population of, like, most countries. I put the link in the chat if you want to check it.

3:20
So my question for you is, if you had to leave with one bag, what would you put in it? You can put it in the chat. Oh, Liam said his dog, you can't put a dog in a bag Liam. Okay, thank you for listening.
""", [("S1002", "presenter; only her voice, no speaker labels")], [
    ("S1002", "Global Awareness", "Advanced", "I looked up how many refugees there are right now, the UN says over 100 million people are displaced, which is more than the whole population of, like, most countries."),
    ("S1002", "Communication", "Advanced", "I made this timeline so you don't get lost, because honestly I got lost the first time I read it."),
    ("S1002", "Critical Thinking", "Advanced", "What I want you guys to think about is that they're all running from different things but the countries that could help them kept saying no."),
])

doc("journal feb.md", "T1001", "reflection_journal", "2026-02-10", """
# Reflection journal — Jay R.

**Tuesday Feb 10**

> *Prompt: Look back at your goal from the conference. How is it going? Use one piece of evidence.*

ok so honestly not great this week. I did the phone in the kitchen thing for like 3 weeks and it worked and then my cousin came to stay with us and shes in my room so i have been doing school on the couch and the TV is right there.

> *Prompt: What's one thing you did well even if the week was hard?*

I still went to office hours on tuesday like I said I would and Ms O helped me with my thesis and I actually started the essay that same day instead of waiting til sunday. so thats something.

> *Prompt: What do you need from me?*

can you maybe check on me on thursdays? not like in front of everybody tho
""", [("S1001", "author")], [
    ("S1001", "Self-Management", "Developing", "I did the phone in the kitchen thing for like 3 weeks and it worked and then my cousin came to stay with us and shes in my room so i have been doing school on the couch and the TV is right there."),
    ("S1001", "Task Initiation", "Proficient", "I still went to office hours on tuesday like I said I would and Ms O helped me with my thesis and I actually started the essay that same day instead of waiting til sunday."),
    ("S1001", "Self-Awareness", "Advanced", "can you maybe check on me on thursdays? not like in front of everybody tho"),
])

doc("Jayden tutoring session 3.12.txt", "T1001", "peer_tutoring_transcript", "2026-03-12", """
Voice memo transcribed - peer tutoring, ELA 7 (Okafor)
3/12/26

LIAM: Okay so you have to find the theme, not the topic. Topic is like one word. Theme is a sentence.
JAYDEN: So like "friendship" is the topic?
LIAM: Yeah. And the theme is what the book says about friendship.
JAYDEN: Friendship is... good? lol
LIAM: No okay, like, what happens to the friends in the story. Do they stay friends?
JAYDEN: No they stop talking after the fight and then at the end Danny texts him. So like, friends can fix things if one person goes first.
LIAM: Bro that's literally a theme. Write that down before you forget.
JAYDEN: Wait can I try the next one by myself and you just tell me if it's wrong?
LIAM: Yeah go. I'll be quiet.
JAYDEN: Okay, the second story, the girl lies to her mom about the test and it gets worse and worse. So the theme is lying makes problems bigger, not smaller.
LIAM: See, you didn't even need me. Sorry I was kind of bossy in the beginning.
""", [("S1001", "tutee; speaks"), ("S1004", "tutor; speaks though the file name names only Jayden")], [
    ("S1001", "Task Initiation", "Advanced", "Wait can I try the next one by myself and you just tell me if it's wrong?"),
    ("S1001", "Critical Thinking", "Developing", "So like, friends can fix things if one person goes first."),
    ("S1004", "Relationship Skills", "Proficient", "See, you didn't even need me. Sorry I was kind of bossy in the beginning."),
    ("S1004", "Communication", "Advanced", "No okay, like, what happens to the friends in the story. Do they stay friends?"),
])

doc("Sofia obs May.md", "T1001", "teacher_observation_note", "2026-05-06", """
## Observation — Sofía Marín
_Date: May 6, 2026 · Context: final project work block (Meet breakout)_

- Sofía had her own project tracker open (a Google Sheet she built herself with due dates colour-coded by class) and shared the template with her group without being asked.
- When Amara's internet dropped, Sofía re-assigned Amara's slide to herself in the tracker and messaged her so she wouldn't panic when she got back.
- She still goes quiet in whole-class Meet; she typed her best idea in the chat instead of unmuting.

**Rating:** Organization A · Planning & Prioritization P · Communication D
""", [("S1003", "subject")], [
    ("S1003", "Organization", "Advanced", "Sofía had her own project tracker open (a Google Sheet she built herself with due dates colour-coded by class) and shared the template with her group without being asked."),
    ("S1003", "Planning & Prioritization", "Proficient", "When Amara's internet dropped, Sofía re-assigned Amara's slide to herself in the tracker and messaged her so she wouldn't panic when she got back."),
    ("S1003", "Communication", "Developing", "She still goes quiet in whole-class Meet; she typed her best idea in the chat instead of unmuting."),
])

doc("peer feedback - amara on jays poem.md", "T1001", "peer_feedback", "2026-04-08", """
# Poetry Workshop — Peer Feedback

**Feedback from:** Amara O-B
**For:** Jayden R.
**Poem:** "Couch Season"
**Date:** 4/8

**Glow:** You never gave up on the metaphor, you kept the couch as a boat the whole way through and it didn't get cheesy. The line about the remote being an anchor is my favorite.

**Grow:** Stanza 3 feels rushed, like you ran out of time. Maybe read it out loud and see where you run out of breath?

**What I noticed when we talked:** Jay actually asked me what I didn't like first, which most people don't do. He didn't argue when I said stanza 3.
""", [("S1002", "wrote the feedback"), ("S1001", "his poem is reviewed")], [
    ("S1001", "Creativity & Innovation", "Advanced", "You never gave up on the metaphor, you kept the couch as a boat the whole way through and it didn't get cheesy."),
    ("S1001", "Relationship Skills", "Proficient", "Jay actually asked me what I didn't like first, which most people don't do. He didn't argue when I said stanza 3."),
    ("S1002", "Communication", "Proficient", "Stanza 3 feels rushed, like you ran out of time. Maybe read it out loud and see where you run out of breath?"),
])
# ======================================================== T1002 Mr. Lindqvist, Social Studies 8
doc("SS8 Debate - Captions (English).srt", "T1002", "group_discussion_transcript", "2026-01-15", """
1
00:00:01,000 --> 00:00:07,500
Marcus Lindqvist: Alright, round two. Should the U.S. have dropped the atomic bomb? Maria, your side opens.

2
00:00:08,200 --> 00:00:21,900
iPad de Maria: So we're arguing no. Our first reason is that the Strategic Bombing Survey from 1946 said Japan probably would have surrendered anyway before November. So it wasn't the only way.

3
00:00:22,300 --> 00:00:27,800
JAYDEN W: ok but that's a survey from AFTER, they didn't know that at the time

4
00:00:28,100 --> 00:00:40,600
iPad de Maria: That's fair, I'll give you that. But Truman had the Potsdam stuff and the intercepted cables, so they knew some of it. We can look at the cable document together if you want.

5
00:00:41,000 --> 00:00:50,200
eli.brooks28: can I say something. I think we keep talking about if it worked and not about the people in Hiroshima. Like 70,000 people died that day.

6
00:00:50,700 --> 00:00:54,300
JAYDEN W: thats not the question tho

7
00:00:54,800 --> 00:01:07,100
eli.brooks28: It kind of is. If the question is should they, then whether it's right is part of should.

8
00:01:07,600 --> 00:01:12,400
Marcus Lindqvist: Jayden, respond to Eli's point, not around it.

9
00:01:12,900 --> 00:01:24,000
JAYDEN W: ok yeah. I guess I just thought debate was about winning. I'd say it was wrong for the people but they thought it saved more people. I don't know how you weigh that.
""", [("S1005", "speaks as iPad de Maria"), ("S1006", "speaks as JAYDEN W"), ("S1008", "speaks as eli.brooks28")], [
    ("S1005", "Critical Thinking", "Advanced", "But Truman had the Potsdam stuff and the intercepted cables, so they knew some of it."),
    ("S1005", "Collaboration", "Proficient", "That's fair, I'll give you that."),
    ("S1006", "Critical Thinking", "Developing", "ok but that's a survey from AFTER, they didn't know that at the time"),
    ("S1006", "Responsible Decision-Making", "Developing", "I'd say it was wrong for the people but they thought it saved more people. I don't know how you weigh that."),
    ("S1008", "Responsible Decision-Making", "Advanced", "If the question is should they, then whether it's right is part of should."),
    ("S1008", "Social Awareness", "Proficient", "I think we keep talking about if it worked and not about the people in Hiroshima."),
])

doc("meeting_saved_chat.txt", "T1002", "group_discussion_transcript", "2025-10-21", """
13:02:11 From Marcus Lindqvist to Everyone:
	Happy Tuesday 10/21! Chat discussion today since half of you have bad wifi. Q: Which colony would you pick to live in and why? Use your notes.
13:03:40 From Jayden Whitaker to Everyone:
	pennsylvania bc they didnt care what religion u were
13:03:52 From Nadia Haddad to Everyone:
	Massachusetts Bay, I think? Wait no, if I'm being honest I'd want religious freedom so I'd switch to Rhode Island. Roger Williams got kicked out of Mass Bay for disagreeing so that's not a great sign lol
13:04:30 From Elijah Brooks to Everyone:
	I can't find my notes
13:04:44 From Elijah Brooks to Everyone:
	nvm found them they were in my downloads
13:05:58 From Elijah Brooks to Everyone:
	Virginia because of tobacco money but only if I wasnt enslaved or an indentured servant. most people there didnt get to pick
13:06:30 From Nadia Haddad to Everyone:
	@Elijah that's such a good point, we're all answering like we'd be rich landowners
13:07:02 From Jayden Whitaker to Everyone:
	can we do breakout rooms instead this is slow
13:07:15 From Marcus Lindqvist to Everyone:
	Jayden, stick with it for 5 more minutes. Respond to Eli or Nadia.
13:08:49 From Jayden Whitaker to Everyone:
	ok fine. eli i didnt think about that. in PA would u be free tho
""", [("S1006", "chat"), ("S1007", "chat"), ("S1008", "chat as Elijah Brooks")], [
    ("S1007", "Cognitive Flexibility", "Proficient", "Wait no, if I'm being honest I'd want religious freedom so I'd switch to Rhode Island."),
    ("S1007", "Social Awareness", "Proficient", "@Elijah that's such a good point, we're all answering like we'd be rich landowners"),
    ("S1008", "Organization", "Emerging", "I can't find my notes"),
    ("S1008", "Global Awareness", "Proficient", "Virginia because of tobacco money but only if I wasnt enslaved or an indentured servant. most people there didnt get to pick"),
    ("S1006", "Inhibitory Control", "Emerging", "can we do breakout rooms instead this is slow"),
])

doc("Nadia - reflection 4.docx", "T1002", "reflection_journal", "2025-11-12", [
    ("title", "Unit 3 Reflection"),
    ("p", "Nadia Haddad | Social Studies 8 | Mr. Lindqvist | 11.12.25"),
    ("h1", "How did your DBQ go?"),
    ("p", "I think my essay was good but I spent way too long on the first document. I wrote like a whole page about the Stamp Act cartoon and then I only had 15 minutes for the other four documents. Next time I'm going to set a timer for each document so I don't get stuck."),
    ("h1", "What's something you're proud of?"),
    ("p", "I noticed that two of the documents were written by Patriots and none by Loyalists, so I wrote a sentence about how that might make the set one-sided. Mr. L said that was sourcing and most people forget it."),
    ("h1", "How are you feeling about school right now?"),
    ("p", "Stressed honestly. My grandpa has been in the hospital and it's hard to focus in my room when I can hear my mom on the phone. I didn't tell anyone at school until now."),
], [("S1007", "author")], [
    ("S1007", "Planning & Prioritization", "Developing", "Next time I'm going to set a timer for each document so I don't get stuck."),
    ("S1007", "Critical Thinking", "Advanced", "I noticed that two of the documents were written by Patriots and none by Loyalists, so I wrote a sentence about how that might make the set one-sided."),
    ("S1007", "Self-Awareness", "Proficient", "Stressed honestly. My grandpa has been in the hospital and it's hard to focus in my room when I can hear my mom on the phone."),
], title="Unit 3 Reflection", author="Nadia Haddad")

doc("Eli_History_Day_Presentation_otter_ai.pdf", "T1002", "project_presentation_transcript", "2026-03-05", [
    ("header", "Otter.ai | Eli History Day Presentation | Mar 5, 2026 10:12 AM | 06:48"),
    ("h", "Eli History Day Presentation"),
    ("p", "Elijah Brooks  0:02"),
    ("p", "Okay so our project is about the Montgomery bus boycott, and we did a website instead of a board because we wanted to put the audio of the interviews in. Maria did the timeline page and I did the interview page."),
    ("p", "Elijah Brooks  0:40"),
    ("p", "So the thing most people don't know is that it wasn't just Rosa Parks. Claudette Colvin did the same thing nine months before, and she was fifteen, so like our age basically. We found out the leaders didn't pick her case because they thought she wouldn't look good in the newspapers."),
    ("p", "Maria Ferreira  1:55"),
    ("p", "And on the timeline you can see the boycott lasted 381 days. We put the carpool map on there because people organized like 300 cars, which we thought showed how much planning it took."),
    ("p", "Marcus Lindqvist  4:30"),
    ("p", "Great work. Judges will ask this: how do you know your interview source is reliable?"),
    ("p", "Elijah Brooks  4:41"),
    ("p", "Um. I mean, he was there? Maria, do you want to... Okay, so he's my great-uncle, and he was there as a kid, but I guess he was like seven, so he might not remember everything exactly. We compared what he said to the newspaper articles and most of it matched."),
    ("p", "Maria Ferreira  5:20"),
    ("p", "We also fixed the audio on the site because it wasn't playing on phones. I had to convert it to a different file type, it took forever."),
], [("S1008", "presenter"), ("S1005", "co-presenter; speaks")], [
    ("S1008", "Communication", "Proficient", "So the thing most people don't know is that it wasn't just Rosa Parks. Claudette Colvin did the same thing nine months before, and she was fifteen, so like our age basically."),
    ("S1008", "Critical Thinking", "Proficient", "but I guess he was like seven, so he might not remember everything exactly. We compared what he said to the newspaper articles and most of it matched."),
    ("S1005", "Digital Literacy", "Advanced", "We also fixed the audio on the site because it wasn't playing on phones. I had to convert it to a different file type, it took forever."),
    ("S1005", "Planning & Prioritization", "Proficient", "We put the carpool map on there because people organized like 300 cars, which we thought showed how much planning it took."),
], title="Eli History Day Presentation", author="Otter.ai")

doc("Fwd_ Jayden - grades.eml", "T1002", "parent_note", "2025-12-03", """
From: Marcus Lindqvist <mlindqvist@granitepeakva.org>
To: Hannah Greer <hgreer@granitepeakva.org>
Subject: Fwd: Jayden - grades
Date: Wed, 3 Dec 2025 15:40:22 -0700
Message-ID: <lindqvist-20251203-fwd@granitepeakva.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hannah - forwarding for our SST meeting Friday. Dad is worried, I think the pattern he describes at home matches what I see in live class. -M

---------- Forwarded message ---------
From: Rob Whitaker <rwhitaker77@yahoo.com>
Date: Tue, Dec 2, 2025 at 9:03 PM
Subject: Jayden - grades
To: Marcus Lindqvist <mlindqvist@granitepeakva.org>

Mr. Lindqvist,

Jayden's mother and I saw his progress report and we're concerned about the D in social studies. He says the class is "boring" but when we ask what you're studying he can't tell us. He starts assignments and then switches to a game after five minutes and tells us he'll finish later, and later doesn't come.

The one thing he did talk about was the debate on the colonies, he was actually excited and argued with his sister about Pennsylvania at dinner. So I know he cares when he's into it.

What can we do at home? We can take the Xbox out of his room if that would help.

Rob Whitaker
""", [("S1006", "subject; father's forwarded email")], [
    ("S1006", "Task Initiation", "Emerging", "He starts assignments and then switches to a game after five minutes and tells us he'll finish later, and later doesn't come."),
    ("S1006", "Communication", "Developing", "he was actually excited and argued with his sister about Pennsylvania at dinner."),
])

doc("Lindqvist notes 2.4.26.md", "T1002", "teacher_observation_note", "2026-02-04", """
# Live class notes — Wed 2/4

Whole class: Reconstruction amendments, jigsaw in breakouts.

**Maria F.** — Ran her breakout like a pro. Noticed Jayden W. had not spoken in 10 min and asked him directly to explain the 14th so he had a way in. When the group disagreed about whether the 15th "worked," she suggested they each find one fact and came back with a compromise sentence. Built a shared slide template and dropped it in the chat for the other rooms too.

**Eli** — Camera on the whole time today (new). Volunteered to share for his room.

Skills seen:
- Maria: Collaboration, Relationship Skills, Social Awareness
- Eli: Communication
""", [("S1005", "subject"), ("S1008", "subject")], [
    ("S1005", "Collaboration", "Advanced", "When the group disagreed about whether the 15th \"worked,\" she suggested they each find one fact and came back with a compromise sentence."),
    ("S1005", "Social Awareness", "Advanced", "Noticed Jayden W. had not spoken in 10 min and asked him directly to explain the 14th so he had a way in."),
    ("S1005", "Relationship Skills", "Advanced", "Built a shared slide template and dropped it in the chat for the other rooms too."),
    ("S1008", "Communication", "Developing", "Volunteered to share for his room."),
])

doc("Peer feedback - JW on Nadia DBQ.txt", "T1002", "peer_feedback", "2025-11-14", """
Peer Feedback Form (Google Forms export)
Submitted: 11/14/2025 2:17:45 PM
Your name: Jayden Whitaker
Whose essay did you read: Nadia H.
1. What is the thesis? Does it answer the question?
the thesis is that the colonists were right to rebel bc of taxes without representation. yes it answers it
2. Which document did they use best?
the stamp act cartoon. she explained everything in it like the snake and what each part means, it was kind of a lot tho
3. Give one suggestion.
she should use more of the other docs, like doc D is barely in there. also her essay is really long lol
4. Anything else?
nah it was good
""", [("S1006", "wrote the feedback"), ("S1007", "her essay is reviewed")], [
    ("S1006", "Communication", "Developing", "she should use more of the other docs, like doc D is barely in there."),
    ("S1007", "Planning & Prioritization", "Emerging", "she should use more of the other docs, like doc D is barely in there. also her essay is really long lol"),
])

doc("Eli and JW study session.txt", "T1002", "peer_tutoring_transcript", "2026-04-16", """
[Google Meet transcript, study hall breakout, Thursday April 16]

Jayden W  (00:00)  ok so Mr L said I have to help you with the amendments quiz since I got a 94 on it
Eli  (00:06)  lol ok. I keep mixing up 13 14 15
Jayden W  (00:11)  ok trick. 13 is free, 14 is equal, 15 is vote. like 13 14 15 free equal vote. say it back
Eli  (00:20)  free equal vote. ok that's actually easy
Jayden W  (00:24)  now tell me what 14 means in your own words, dont read it
Eli  (00:31)  Like the states can't treat people differently under the law. Everybody gets due process.
Jayden W  (00:39)  yes dude. ok next, which one was Brown v Board about
Eli  (00:44)  14?
Jayden W  (00:46)  why
Eli  (00:50)  because separate schools weren't equal so that's equal protection
Jayden W  (00:55)  see ur good at this. I used to think I was bad at history but I think I'm just bad at reading the textbook
Eli  (01:04)  same honestly. can we make flashcards on quizlet and share them with Nadia too
""", [("S1006", "tutor; speaks"), ("S1008", "tutee; speaks as Eli")], [
    ("S1006", "Communication", "Advanced", "ok trick. 13 is free, 14 is equal, 15 is vote. like 13 14 15 free equal vote. say it back"),
    ("S1006", "Self-Awareness", "Proficient", "I used to think I was bad at history but I think I'm just bad at reading the textbook"),
    ("S1008", "Working Memory", "Developing", "lol ok. I keep mixing up 13 14 15"),
    ("S1008", "Collaboration", "Proficient", "can we make flashcards on quizlet and share them with Nadia too"),
])

doc("Maria journal 3-3.txt", "T1002", "reflection_journal", "2026-03-03", """
Maria Ferreira \u2013 Weekly Reflection \u2013 3/3

\u201cWhat was harder than you expected this week?\u201d

Honestly the History Day website. I thought it would be easy because I\u2019m good at slides, but the site kept breaking and I almost cried when the audio didn\u2019t work on Eli\u2019s phone. I closed my laptop and walked away for like ten minutes and then came back and googled the error. I found out it was the file type.

\u201cWhat did you learn about yourself?\u201d

That I get really frustrated when something isn\u2019t perfect and I want to just do everything myself. I didn\u2019t let Eli touch the site for two days and that wasn\u2019t fair, it\u2019s his project too. I told him sorry.
""", [("S1005", "author")], [
    ("S1005", "Self-Management", "Proficient", "I closed my laptop and walked away for like ten minutes and then came back and googled the error."),
    ("S1005", "Self-Awareness", "Advanced", "That I get really frustrated when something isn\u2019t perfect and I want to just do everything myself."),
    ("S1005", "Collaboration", "Developing", "I didn\u2019t let Eli touch the site for two days and that wasn\u2019t fair, it\u2019s his project too."),
], encoding="cp1252", crlf=True)

doc("obs_nadia_0428.txt", "T1002", "teacher_observation_note", "2026-04-28", """
Observation: Nadia Haddad, SS8, 4/28/26

Nadia asked to lead the review session for the Civil War test and made a Kahoot herself, then stopped halfway to explain the question everyone got wrong. She planned the session in three parts (Kahoot, map activity, Q&A) and had a backup Google Form ready when Kahoot froze on two students. Big change from the DBQ in November when she ran out of time.
She checked in with me afterwards to say things at home are better and that writing in her journal helped.

Planning & Prioritization: Advanced
Digital Literacy: Proficient
""", [("S1007", "subject")], [
    ("S1007", "Planning & Prioritization", "Advanced", "She planned the session in three parts (Kahoot, map activity, Q&A) and had a backup Google Form ready when Kahoot froze on two students."),
    ("S1007", "Digital Literacy", "Proficient", "Nadia asked to lead the review session for the Civil War test and made a Kahoot herself"),
], encoding="utf-16", crlf=True)

doc("Message from Ferreira, Luciana.pdf", "T1002", "parent_note", "2025-09-09", [
    ("header", "Granite Peak Virtual Academy - Learning Platform Inbox - Printed 09/10/2025"),
    ("h", "Message: Maria's first weeks"),
    ("small", "From: Luciana Ferreira (Parent)   To: Marcus Lindqvist   Sent: Tuesday, September 9, 2025 6:48 PM"),
    ("p", "Hello Mr. Lindqvist, I am Maria Ferreira's mother. Maria is new to virtual school this year, we moved from Sao Paulo two years ago and she was at Lincoln Middle before."),
    ("p", "She likes your class very much. She told me she already made a group chat for the project group so everybody knows the deadlines, which is very Maria."),
    ("p", "But she gets headaches from the screen and sometimes stays up late to finish because she wants everything perfect. Last night she was awake until midnight redoing a slide that was already fine. Please let me know if she is doing too much."),
    ("p", "Thank you, Luciana Ferreira"),
], [("S1005", "subject; mother writes")], [
    ("S1005", "Organization", "Proficient", "She told me she already made a group chat for the project group so everybody knows the deadlines, which is very Maria."),
    ("S1005", "Self-Management", "Developing", "Last night she was awake until midnight redoing a slide that was already fine."),
], title="Message: Maria's first weeks", author="Luciana Ferreira")
# ======================================================== T1003 Mrs. Villanueva-Hart, Science 6
doc("GMT20251104-160012_Recording.transcript.vtt", "T1003", "group_discussion_transcript", "2025-11-04", """
WEBVTT

1
00:00:02.000 --> 00:00:09.100
Rosa Villanueva-Hart: Lab group 2, you have the data from the ice melt experiment. What does it tell you?

2
00:00:09.800 --> 00:00:19.300
Priya's iPhone: The ice on the metal tray melted in 6 minutes and the plastic one took 19. So metal conducts heat better.

3
00:00:19.900 --> 00:00:26.400
Mateo Álvarez (he/him): Wait mine was different, my metal one took like 11. Did you use a baking sheet?

4
00:00:26.900 --> 00:00:38.200
Priya's iPhone: Yeah. Oh, maybe yours was thicker? Or your house is colder. We should write that down as a variable we didn't control.

5
00:00:38.700 --> 00:00:44.000
Zoë L-P: can we just put priya's numbers, hers look better

6
00:00:44.500 --> 00:00:56.600
Mateo Álvarez (he/him): No, that's like cheating. We should put everybody's and then do the average. Owen, what did you get? Owen you're muted.

7
00:00:57.100 --> 00:01:01.300
Owen Castellano: oh sorry. I forgot to do it

8
00:01:01.800 --> 00:01:10.200
Rosa Villanueva-Hart: That's okay, Owen, you can run it during the work block. Zoë, why might all the data matter?

9
00:01:10.700 --> 00:01:21.900
Zoë L-P: because if you only keep the good ones it's not real science? I guess if everybody's metal is faster then it's still true even if the numbers are different.
""", [("S1011", "speaks as Priya's iPhone"), ("S1010", "speaks"), ("S1009", "speaks as Zoë L-P"), ("S1012", "speaks one line")], [
    ("S1011", "Critical Thinking", "Proficient", "Oh, maybe yours was thicker? Or your house is colder. We should write that down as a variable we didn't control."),
    ("S1010", "Responsible Decision-Making", "Proficient", "No, that's like cheating. We should put everybody's and then do the average."),
    ("S1010", "Collaboration", "Proficient", "Owen, what did you get? Owen you're muted."),
    ("S1009", "Critical Thinking", "Emerging", "can we just put priya's numbers, hers look better"),
    ("S1009", "Cognitive Flexibility", "Developing", "I guess if everybody's metal is faster then it's still true even if the numbers are different."),
    ("S1012", "Task Initiation", "Emerging", "oh sorry. I forgot to do it"),
])

doc("Student Conference - Owen C.docx", "T1003", "teacher_observation_note", "2025-12-11", [
    ("title", "Student Conference Notes"),
    ("table", [["Student", "Owen Castellano"], ["Date", "12/11/2025"], ["Teacher", "Mrs. Villanueva-Hart"], ["Format", "1:1 Zoom, 15 min"]]),
    ("h1", "Summary"),
    ("p", "Owen has 6 missing labs. He said he \"always means to do them\" but by the time he logs in after lunch he can't remember which lab is which and the directions have too many steps."),
    ("p", "We broke the density lab into three numbered steps on a sticky note. He did step 1 while we were still on the call without me prompting him after that."),
    ("p", "He was very honest that he plays Minecraft during live class with the camera off. He asked if he could build a Minecraft model of a cell for the next project, which honestly is a great idea."),
    ("h1", "Plan"),
    ("li", "Numbered checklist for each lab posted on Canvas"),
    ("li", "Check-in Tuesdays at 12:45"),
], [("S1012", "subject")], [
    ("S1012", "Working Memory", "Emerging", "by the time he logs in after lunch he can't remember which lab is which and the directions have too many steps."),
    ("S1012", "Task Initiation", "Developing", "He did step 1 while we were still on the call without me prompting him after that."),
    ("S1012", "Creativity & Innovation", "Proficient", "He asked if he could build a Minecraft model of a cell for the next project, which honestly is a great idea."),
    ("S1012", "Inhibitory Control", "Emerging", "He was very honest that he plays Minecraft during live class with the camera off."),
], title="Conference - Owen C", author="Rosa Villanueva-Hart")

doc("Science observations wk 12.pdf", "T1003", "teacher_observation_note", "2025-11-13", [
    ("header", "OneNote - Science 6 - Observations - Thursday, November 13, 2025 3:05 PM"),
    ("h", "Week 12 - Weather station build"),
    ("p", "Mateo - took the lead on wiring the anemometer and when it didn't spin he tried three different cup angles before asking for help. Explained to the group why the second design worked better."),
    ("p", "Zoe - kept changing her mind about her role and ended up with nothing to do; got upset when the group voted on the design. Needed me to help her pick a job. Later calmed down and did the data table."),
    ("p", "Skills: Mateo - Creativity & Innovation (A), Cognitive Flexibility (P). Zoe - Self-Management (E)."),
], [("S1010", "subject"), ("S1009", "subject")], [
    ("S1010", "Creativity & Innovation", "Advanced", "took the lead on wiring the anemometer and when it didn't spin he tried three different cup angles before asking for help."),
    ("S1010", "Communication", "Proficient", "Explained to the group why the second design worked better."),
    ("S1009", "Self-Management", "Emerging", "got upset when the group voted on the design. Needed me to help her pick a job."),
], title="Science observations wk 12", author="Rosa Villanueva-Hart")

doc("priya-science-journal-sept.md", "T1003", "reflection_journal", "2025-09-19", """
# Priya's Science Journal

## Friday 9/19 - Week 5

**Mrs. V-H's question: What's one thing you wondered about this week?**

I wondered why the ocean is salty but rivers aren't. I looked it up on 3 websites and one of them said it was because of whale pee which is NOT true (it was a joke site lol). The real reason is rocks have salt in them and rivers carry it to the ocean and then the water evaporates but the salt stays.

**How did you organize your work this week?**

I use the planner template you gave us and I color code it. Science is green. I also made a folder in my Google Drive for every unit so I don't lose my labs.

**Something I want to get better at:**

Talking in breakout rooms. I always know the answer but I don't say it unless someone asks me.
""", [("S1011", "author")], [
    ("S1011", "Digital Literacy", "Advanced", "I looked it up on 3 websites and one of them said it was because of whale pee which is NOT true (it was a joke site lol)."),
    ("S1011", "Organization", "Proficient", "I also made a folder in my Google Drive for every unit so I don't lose my labs."),
    ("S1011", "Communication", "Emerging", "I always know the answer but I don't say it unless someone asks me."),
])

doc("Gallery walk feedback - Mateo.docx", "T1003", "peer_feedback", "2026-02-19", [
    ("h1", "Virtual Gallery Walk - Ecosystem Posters"),
    ("p", "Reviewer: Priya Raman"),
    ("p", "Poster by: Mateo Álvarez"),
    ("p", "Feb. 19th"),
    ("table", [
        ["", "Comment"],
        ["I like...", "The food web is really clear and you used arrows the right way (toward the thing that eats). You added the decomposers which nobody else did."],
        ["I wonder...", "What would happen if the wolves were removed? You could add a what-if box."],
        ["Next step...", "Your sources are only from one website, maybe add one more so it's more trustworthy."],
    ]),
], [("S1011", "wrote the feedback"), ("S1010", "his poster is reviewed")], [
    ("S1011", "Communication", "Proficient", "What would happen if the wolves were removed? You could add a what-if box."),
    ("S1010", "Critical Thinking", "Developing", "Your sources are only from one website, maybe add one more so it's more trustworthy."),
    ("S1010", "Creativity & Innovation", "Proficient", "You added the decomposers which nobody else did."),
], title="Gallery walk feedback", author="Priya Raman")

doc("Zoe science fair.txt", "T1003", "project_presentation_transcript", "2026-03-26", """
Zoe science fair - Otter.ai
Mar 26, 2026

Speaker 1  0:00
Hi, I'm Zoë and this is Owen and our project is does music help plants grow.

Speaker 2  0:06
We had six bean plants, two with no music, two with classical, two with rap.

Speaker 1  0:14
Our hypothesis was that classical would grow the most. But actually the rap ones grew the most, which we didn't expect. At first I wanted to do it over because I thought we messed up, but Mrs. V-H said unexpected results are still results.

Speaker 2  0:33
The rap ones were by the window though. So, um, that might be why. We didn't think about that until after.

Speaker 1  0:41
Yeah so if we did it again we would put them all in the same spot and only change the music. That's our biggest thing we learned. Any questions?

Speaker 3  0:50
Zoë, what would you tell a sixth grader starting their project?

Speaker 1  0:55
Um, plan it out more? We started late because we couldn't agree, so we only had one week of data. I made a calendar for next time and we should have done that first.
""", [("S1009", "presenter, Speaker 1"), ("S1012", "co-presenter, Speaker 2 (Owen); the file name names only Zoë")], [
    ("S1009", "Cognitive Flexibility", "Proficient", "At first I wanted to do it over because I thought we messed up, but Mrs. V-H said unexpected results are still results."),
    ("S1009", "Planning & Prioritization", "Developing", "We started late because we couldn't agree, so we only had one week of data. I made a calendar for next time and we should have done that first."),
    ("S1012", "Critical Thinking", "Proficient", "The rap ones were by the window though. So, um, that might be why. We didn't think about that until after."),
    ("S1009", "Communication", "Developing", "Hi, I'm Zoë and this is Owen and our project is does music help plants grow."),
])

doc("RE_ Mateo - science fair.eml", "T1003", "parent_note", "2026-03-02", """
From: Verónica Álvarez <vero.alvarez.f@outlook.com>
To: Rosa Villanueva-Hart <rvillanuevahart@granitepeakva.org>
Subject: RE: Mateo - science fair
Date: Mon, 02 Mar 2026 07:15:44 -0700
Message-ID: <DM6PR-alvarez-0302@outlook.com>
In-Reply-To: <vh-20260227@granitepeakva.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Good morning Mrs. Villanueva-Hart,

Thank you for the nice note about Mateo. He was very proud when I read it to him.

Over the weekend he built a second version of the solar oven with a pizza box and foil because the first one only got to 40 degrees. He measured every hour and wrote everything in a notebook without me telling him. He also explained to his little brother why the black paper is important, in Spanish and then in English, which made me laugh.

The only thing is he gets frustrated when his sister uses the laptop, he yelled at her on Saturday. We talked about it.

Verónica Álvarez

-----Original Message-----
From: Rosa Villanueva-Hart <rvillanuevahart@granitepeakva.org>
Sent: Friday, February 27, 2026 4:02 PM
Subject: Mateo - science fair

Hello Sra. Álvarez, I just wanted to share that Mateo has been a real leader in his lab group this month...
""", [("S1010", "subject; mother writes")], [
    ("S1010", "Task Initiation", "Advanced", "He measured every hour and wrote everything in a notebook without me telling him."),
    ("S1010", "Communication", "Advanced", "He also explained to his little brother why the black paper is important, in Spanish and then in English, which made me laugh."),
    ("S1010", "Self-Management", "Emerging", "The only thing is he gets frustrated when his sister uses the laptop, he yelled at her on Saturday."),
])

doc("exit ticket owen.txt", "T1003", "reflection_journal", "2026-01-29", """
Science 6 exit ticket - Thurs 1/29
Name: Owen C

1) what step of the lab did you finish today
all 3!!! i did the checklist on the sticky note like we said

2) what was hard
remembering to write the units. i keep putting just numbers

3) rate your focus 1-5 and why
4 because i closed minecraft before class started so i wouldnt be tempted
""", [("S1012", "author")], [
    ("S1012", "Working Memory", "Developing", "all 3!!! i did the checklist on the sticky note like we said"),
    ("S1012", "Inhibitory Control", "Proficient", "4 because i closed minecraft before class started so i wouldnt be tempted"),
])

doc("Priya helping Owen - circuits.md", "T1003", "peer_tutoring_transcript", "2026-04-21", """
**Peer tutoring - circuits review** (Meet breakout, recorded with permission) — April 21

**PRIYA:** Okay so draw a series circuit. Just one path.

**OWEN:** Like this? Battery, bulb, bulb, back to battery.

**PRIYA:** Yes! Now what happens if one bulb breaks?

**OWEN:** They both go out? Because the path is broken.

**PRIYA:** Exactly. You're getting it way faster than last time. Okay now parallel, try it without looking at my drawing.

**OWEN:** Hmm. Okay two paths... I think I messed it up. Can you not tell me, I want to find it.

**PRIYA:** Okay. I'll wait.

**OWEN:** Oh the second bulb isn't connected back. There. Now if one breaks the other stays on, that's why our house lights don't all go out.

**PRIYA:** I used to be scared to explain stuff but it's easier with you because you actually ask questions.
""", [("S1011", "tutor; speaks"), ("S1012", "tutee; speaks")], [
    ("S1011", "Relationship Skills", "Advanced", "Exactly. You're getting it way faster than last time. Okay now parallel, try it without looking at my drawing."),
    ("S1011", "Communication", "Developing", "I used to be scared to explain stuff but it's easier with you because you actually ask questions."),
    ("S1012", "Self-Management", "Proficient", "Hmm. Okay two paths... I think I messed it up. Can you not tell me, I want to find it."),
    ("S1012", "Critical Thinking", "Developing", "Now if one breaks the other stays on, that's why our house lights don't all go out."),
])

doc("Mateo journal - Unit 4.docx", "T1003", "reflection_journal", "2026-01-08", [
    ("title", "Science Journal - Unit 4: Earth's Resources"),
    ("p", "Mateo Álvarez | Thursday 8 January 2026"),
    ("h2", "Where does the water in your house come from?"),
    ("p", "I didn't know but I asked my tío who works for the city and he said ours comes from the reservoir up the canyon, and when there's no snow it gets low. He said some places in Mexico where my family is from only get water two days a week."),
    ("h2", "What is one thing that could help?"),
    ("p", "Maybe people could have a rain barrel. But it's illegal in some states which is weird. I want to find out why."),
    ("h2", "How did group work go this week?"),
    ("p", "bad. I got mad at Zoë because she erased my slide and I said something mean in the chat. I should have just asked her why. I'm going to say sorry tomorrow."),
], [("S1010", "author")], [
    ("S1010", "Global Awareness", "Proficient", "He said some places in Mexico where my family is from only get water two days a week."),
    ("S1010", "Relationship Skills", "Developing", "I got mad at Zoë because she erased my slide and I said something mean in the chat. I should have just asked her why."),
    ("S1010", "Critical Thinking", "Proficient", "But it's illegal in some states which is weird. I want to find out why."),
], title="Science Journal - Unit 4", author="Mateo Alvarez")

doc("New Recording 14.txt", "T1003", "teacher_observation_note", "2026-02-24", """
Transcribed voice memo, Tues Feb 24, 4:10pm

Okay note to self for science. During the work block today she came back after the break and had already fixed the graph axis without me saying anything, and she helped the new girl in her room find the data file. Really proud of her. Need to remember to email mom. Also she asked for an extension on the poster but with a plan, which is new.
""", [("ASK", "voice memo never says which student; two girls (Zoë, Priya) are in T1003's class and nothing narrows it further")], [])
# ======================================================== T1004 Mr. Anand, Advisory / Math 7
doc("Advisory Circle - 2025-09-12 - Transcript.docx", "T1004", "group_discussion_transcript", "2025-09-12", [
    ("title", "Advisory Circle - Transcript"),
    ("p", "Attendees: Dev Anand, Kiara Johnson, Benji Tran, Ximena Ruiz-Delgado, Liam O."),
    ("p", "Transcript"),
    ("p", "00:00:00"),
    ("p", "Dev Anand: Rose, bud, thorn for week four. Rose is something good, bud is something you're looking forward to, thorn is something hard. Kiki, want to start?"),
    ("p", "Kiara Johnson: Okay rose is I got a B on the math quiz. Thorn is that I still don't really know anybody because it's online, like in my old school I had my friends at lunch. Bud is volleyball tryouts."),
    ("p", "Benji Tran: Mine's the same thorn. It's weird talking to squares."),
    ("p", "Benji Tran: Oh and rose is my dog learned to shake."),
    ("p", "00:02:14"),
    ("p", "Ximena Ruiz-Delgado: My thorn is I'm always behind because I help my little brothers log in to their classes in the morning and then I'm late to mine. I'm not trying to be late."),
    ("p", "Dev Anand: Thank you for telling us that, Mena."),
    ("p", "Kiara Johnson: Mena that's a lot, you're basically their teacher. Maybe Mr. Anand can let you have a later check-in?"),
    ("p", "Liam O.: pass"),
    ("p", "Dev Anand: That's fine, Liam. You can pass today."),
    ("p", "Liam O.: ok actually thorn is everything. rose is nothing. bud is the weekend"),
    ("p", "00:04:40"),
    ("p", "Benji Tran: Can we make a group chat for advisory? Like a real one so we can talk outside class?"),
], [("S1013", "speaks"), ("S1014", "speaks as Benji Tran"), ("S1016", "speaks"), ("S1015", "speaks as Liam O.")], [
    ("S1013", "Social Awareness", "Proficient", "Mena that's a lot, you're basically their teacher. Maybe Mr. Anand can let you have a later check-in?"),
    ("S1013", "Self-Awareness", "Developing", "Thorn is that I still don't really know anybody because it's online, like in my old school I had my friends at lunch."),
    ("S1016", "Self-Awareness", "Proficient", "My thorn is I'm always behind because I help my little brothers log in to their classes in the morning and then I'm late to mine."),
    ("S1015", "Self-Awareness", "Emerging", "ok actually thorn is everything. rose is nothing. bud is the weekend"),
    ("S1014", "Relationship Skills", "Developing", "Can we make a group chat for advisory? Like a real one so we can talk outside class?"),
], title="Advisory Circle - Transcript", author="Dev Anand")

doc("Week 6 Discussion_ Goal Check-In.pdf", "T1004", "reflection_journal", "2025-09-26", [
    ("header", "Canvas | Advisory 7 - Anand | Discussions > Week 6: Goal Check-In"),
    ("h", "Week 6: Goal Check-In"),
    ("small", "Kiara Johnson   Sep 26, 2025 at 11:18am"),
    ("p", "My goal from week 2 was to turn in all my math homework on time. I made it 4 out of 5 days this week! The one I missed was Thursday because I had volleyball and I didn't plan for it. So my new goal is to look at the calendar on Sunday and see which days I have practice, and do the homework at lunch on those days."),
    ("p", "Also I want to talk more in advisory. I think I'm getting better at it since the rose bud thorn thing."),
    ("small", "Dev Anand (Teacher)   Sep 26, 2025 at 2:40pm"),
    ("p", "Love the Sunday calendar idea, Kiki. Let me know how it goes next week!"),
], [("S1013", "author of post")], [
    ("S1013", "Planning & Prioritization", "Proficient", "So my new goal is to look at the calendar on Sunday and see which days I have practice, and do the homework at lunch on those days."),
    ("S1013", "Self-Management", "Developing", "The one I missed was Thursday because I had volleyball and I didn't plan for it."),
], title="Canvas Discussion: Week 6 Goal Check-In", author="Kiara Johnson")

doc("Math tutoring - Benji & Liam O - 10_29.txt", "T1004", "peer_tutoring_transcript", "2025-10-29", """
Math 7 peer tutoring (Zoom breakout 3) -- Oct. 29th
BT = Benji Tran (tutor), LO = Liam Obi

[10:02] BT: ok so the problem is 3/4 divided by 1/2
[10:02] LO: i hate fractions
[10:03] BT: same lol. ok so keep change flip. keep the 3/4, change to times, flip the 1/2
[10:03] LO: so 3/4 times 2/1
[10:04] BT: yeah now multiply
[10:05] LO: 6/4. wait can that be simplified
[10:05] BT: yes thats good you noticed that. what does it go to
[10:06] LO: 3/2. or 1 and a half
[10:07] BT: ok do the next one alone and ill check
[10:09] LO: idk i forgot what the flip part was
[10:09] BT: its fine. the second one flips. i forget too sometimes. look write KCF at the top of your paper
[10:11] LO: ok 5/6 divided by 1/3 is 5/6 times 3 which is 15/6 which is 5/2
[10:11] BT: dude ur literally faster than me now
""", [("S1014", "tutor, BT"), ("S1015", "tutee, LO")], [
    ("S1014", "Relationship Skills", "Proficient", "its fine. the second one flips. i forget too sometimes. look write KCF at the top of your paper"),
    ("S1014", "Communication", "Developing", "ok so keep change flip. keep the 3/4, change to times, flip the 1/2"),
    ("S1015", "Working Memory", "Emerging", "idk i forgot what the flip part was"),
    ("S1015", "Critical Thinking", "Developing", "6/4. wait can that be simplified"),
])

doc("Mena - observation.txt", "T1004", "teacher_observation_note", "2025-11-17", """
Mon 11/17/25 - Advisory + Math 7

Mena logged in 12 min late again (brothers). But she had already watched the posted warm-up video and emailed me her answers before class, without me asking, which is a creative workaround.
In breakout she noticed Benji was stuck and talked him through the ratio table without just giving him the answer.
Still loses her math notebook - used the back of an envelope today.

Organization: Emerging | Relationship Skills: Proficient | Self-Management: Proficient
""", [("S1016", "subject; Ximena goes by Mena")], [
    ("S1016", "Self-Management", "Proficient", "But she had already watched the posted warm-up video and emailed me her answers before class, without me asking, which is a creative workaround."),
    ("S1016", "Relationship Skills", "Proficient", "In breakout she noticed Benji was stuck and talked him through the ratio table without just giving him the answer."),
    ("S1016", "Organization", "Emerging", "Still loses her math notebook - used the back of an envelope today."),
], crlf=True)

doc("Platform message - Tran family.txt", "T1004", "parent_note", "2025-12-16", """
Granite Peak Learning Platform > Messages
Conversation: Benji / Advisory
---------------------------------------------
Thuy Tran (Parent) | 12/16/25 7:52 PM
Hi Mr. Anand. Benji said you made him a tutor in math, he is very happy about this. He talks about Liam a lot, he said "I have to be ready because Liam counts on me" and he practiced the fractions with his sister at dinner.
But I am worried he is on his computer until very late. Last week I found him watching videos at 1 am. He says it is for school but it was gaming videos. We put the computer in the living room now.
Thank you, Thuy Tran (Benjamin's mother)
---------------------------------------------
Dev Anand (Teacher) | 12/17/25 8:10 AM
Thank you for letting me know, Ms. Tran. Benji has been a great tutor. I'll check in with him about sleep during advisory.
""", [("S1014", "subject; mother writes")], [
    ("S1014", "Collaboration", "Proficient", "he said \"I have to be ready because Liam counts on me\" and he practiced the fractions with his sister at dinner."),
    ("S1014", "Digital Literacy", "Emerging", "Last week I found him watching videos at 1 am. He says it is for school but it was gaming videos."),
])

doc("Budget Project Presentations - Captions.srt", "T1004", "project_presentation_transcript", "2026-02-12", """
1
00:00:00,500 --> 00:00:08,000
KIARA JOHNSON: Okay, so our budget project was planning a family trip for four people with a budget of $2,500.

2
00:00:08,400 --> 00:00:22,300
KIARA JOHNSON: We compared driving and flying. Flying was $1,240 for the tickets but driving was like $380 in gas, so we drove, even though it takes longer, because then we had money for the aquarium.

3
00:00:22,800 --> 00:00:33,000
KIARA JOHNSON: And we made a backup plan in case gas prices went up, we left $200 extra that we didn't spend. That was Liam's idea.

4
00:00:33,500 --> 00:00:38,900
LIAM OBI: yeah. Because my mom says always have emergency money.

5
00:00:39,200 --> 00:00:44,100
DEV ANAND: Liam, can you walk us through the hotel slide?

6
00:00:44,600 --> 00:00:58,200
LIAM OBI: Um ok. So we found three hotels and we did the price times the nights. The cheapest one was 89 a night but it had bad reviews so we picked the 112 one. That's, um, 448 for four nights.

7
00:00:58,700 --> 00:01:06,300
KIARA JOHNSON: And we checked the reviews were real because some of them were all like five stars with no words, which is sus.
""", [("S1013", "presenter"), ("S1015", "co-presenter; speaks")], [
    ("S1013", "Critical Thinking", "Advanced", "And we checked the reviews were real because some of them were all like five stars with no words, which is sus."),
    ("S1013", "Communication", "Proficient", "We compared driving and flying. Flying was $1,240 for the tickets but driving was like $380 in gas, so we drove, even though it takes longer, because then we had money for the aquarium."),
    ("S1015", "Planning & Prioritization", "Proficient", "Because my mom says always have emergency money."),
    ("S1015", "Working Memory", "Proficient", "So we found three hotels and we did the price times the nights."),
])

doc("peer-feedback-budget-project.md", "T1004", "peer_feedback", "2026-02-13", """
### Peer feedback: Budget Project
Given by: Ximena R-D ("Mena")
Presentation: Kiara J. + Liam O.
Date: 2/13/26

* **Two stars:** Kiara explained why you drove instead of flying really well, it made sense even for people who hate math. Liam did the hotel math out loud without reading, I could tell he practiced.
* **One wish:** Your slides had a lot of words. Maybe one picture per slide and you say the rest.
* **Question I still have:** Did you count food? A family of four eats a lot lol.
""", [("S1016", "wrote the feedback"), ("S1013", "presentation reviewed"), ("S1015", "presentation reviewed")], [
    ("S1016", "Critical Thinking", "Proficient", "Did you count food? A family of four eats a lot lol."),
    ("S1016", "Communication", "Proficient", "Your slides had a lot of words. Maybe one picture per slide and you say the rest."),
    ("S1015", "Communication", "Developing", "Liam did the hotel math out loud without reading, I could tell he practiced."),
    ("S1013", "Communication", "Advanced", "Kiara explained why you drove instead of flying really well, it made sense even for people who hate math."),
])

doc("Liam O goal reflection.docx", "T1004", "reflection_journal", "2026-03-19", [
    ("title", "Quarter 3 Goal Reflection"),
    ("p", "Name: Liam Obi     Advisory 7     March 19"),
    ("h1", "1. What goal did you set in January?"),
    ("p", "To come to office hours once a week and to turn my camera on in advisory."),
    ("h1", "2. Did you meet it? Give evidence."),
    ("p", "Kind of. I went to math office hours 6 times. I still don't do camera in advisory but I talk more in the chat now. Benji says I'm not as quiet as I used to be."),
    ("h1", "3. How do you feel about yourself as a student compared to September?"),
    ("p", "In September I thought I was just bad at school. Now I think I'm bad at starting stuff but once I start I'm actually ok. When I feel stuck I do one problem first, even a easy one, and then it's easier to keep going."),
], [("S1015", "author")], [
    ("S1015", "Self-Awareness", "Advanced", "Now I think I'm bad at starting stuff but once I start I'm actually ok."),
    ("S1015", "Task Initiation", "Proficient", "When I feel stuck I do one problem first, even a easy one, and then it's easier to keep going."),
    ("S1015", "Relationship Skills", "Developing", "I still don't do camera in advisory but I talk more in the chat now."),
], title="Q3 Goal Reflection", author="Liam Obi")

doc("exit slip 2-26.md", "T1004", "reflection_journal", "2026-02-26", """
Exit slip - Math 7 - Thursday

*2/26 - Benji T.*

1. **Solve: 2x + 7 = 19** → x = 6. I subtracted 7 then divided by 2.
2. **Which step did you find hardest today?** the word problem. I had to read it like 4 times and I kept losing which number was the price and which was the tax.
3. **What will you do next time?** write the numbers in a list before I start, and cross them off when I use them.
""", [("S1014", "author")], [
    ("S1014", "Working Memory", "Developing", "I had to read it like 4 times and I kept losing which number was the price and which was the tax."),
    ("S1014", "Organization", "Developing", "write the numbers in a list before I start, and cross them off when I use them."),
])

doc("Progress Monitoring - Advisory - March.pdf", "T1004", "teacher_observation_note", "2026-03-24", [
    ("header", "Granite Peak Virtual Academy - Student Support Team - Progress Monitoring"),
    ("h", "Progress Monitoring: Liam Obi (Grade 7)"),
    ("small", "Prepared by Dev Anand, advisor. Observation window: 3/2/26 - 3/24/26."),
    ("p", "Liam attended math office hours six times this quarter, each time on his own initiative, and twice brought a classmate with him."),
    ("p", "In advisory he still keeps his camera off but now posts in the chat during every circle, and on 3/12 he typed an encouraging message to Kiara after her volleyball loss."),
    ("p", "He continues to have trouble with multi-step word problems when the directions are only given out loud; written checklists help a great deal."),
    ("p", "Ratings: Task Initiation - Proficient; Social Awareness - Developing; Working Memory - Developing."),
], [("S1015", "subject")], [
    ("S1015", "Social Awareness", "Developing", "on 3/12 he typed an encouraging message to Kiara after her volleyball loss."),
    ("S1015", "Working Memory", "Developing", "He continues to have trouble with multi-step word problems when the directions are only given out loud; written checklists help a great deal."),
], title="Progress Monitoring - Liam Obi", author="Dev Anand")

doc("Untitled document.docx", "T1004", "reflection_journal", "2026-04-02", [
    ("p", "April 2"),
    ("p", "Advisory journal prompt: write about a time this month when you changed your mind."),
    ("p", "I was sure I didnt want to do the talent show because everybody would see me on camera, but my friend said I could do it with her and I could just play piano and not sing. So now im doing it. I think Im more scared of being bad than being seen."),
], [("ASK", "journal page with no name; author cannot be identified from the document")], [], title="", author="")

doc("Mena end of year reflection.txt", "T1004", "reflection_journal", "2026-05-21", """
End of Year Reflection -- Mena R-D -- May 21, 2026

What are you most proud of this year?
I'm proud that I stopped being late. In the fall I was late like every day because of my brothers. Me and my mom made a schedule where she logs them in on Mondays and Wednesdays and I do Tuesday Thursday Friday, and I set up their bookmarks so it only takes 2 minutes. Now I'm only late if the wifi goes out.

What is one thing you'd tell next year's 7th graders?
Don't wait for the teacher to notice you're behind. Tell them. Mr. Anand was really nice about it when I finally told him.

What do you still want to work on?
Organizing my stuff. I got a binder in January and it's better but I still lose papers. I want to try doing everything on the computer next year, like a OneNote for every class.

How did you help someone else this year?
I made a "how to log in" video for my brothers' class and their teacher sent it to all the families. That was cool.
""", [("S1016", "author; Mena = Ximena")], [
    ("S1016", "Planning & Prioritization", "Advanced", "Me and my mom made a schedule where she logs them in on Mondays and Wednesdays and I do Tuesday Thursday Friday, and I set up their bookmarks so it only takes 2 minutes."),
    ("S1016", "Organization", "Developing", "I got a binder in January and it's better but I still lose papers."),
    ("S1016", "Digital Literacy", "Advanced", "I made a \"how to log in\" video for my brothers' class and their teacher sent it to all the families."),
    ("S1016", "Self-Awareness", "Advanced", "Don't wait for the teacher to notice you're behind. Tell them."),
])

doc("Letter from Kiara's grandmother.docx", "T1004", "parent_note", "2026-04-30", [
    ("p", "Thursday, April 30, 2026"),
    ("p", "Dear Mr. Anand,"),
    ("p", "I am Kiara's grandmother and I am raising her, so I wanted to write you myself. My granddaughter Kiara Johnson has had a very good year and I want to thank you."),
    ("p", "In the fall she cried most nights because she missed her friends at Eastbrook. Now she has friends from advisory that she talks to on the weekends, and she set up a study call with two girls every Wednesday on her own."),
    ("p", "When her team lost the volleyball tournament she told me she was sad but that she was proud of how hard they played, and she sent a message to the younger girls on the team so they would not feel bad."),
    ("p", "She still leaves things to the last minute sometimes, we had a late night with the science poster last week."),
    ("p", "Sincerely,"),
    ("p", "Loretta Johnson"),
], [("S1013", "subject; grandmother writes")], [
    ("S1013", "Relationship Skills", "Advanced", "Now she has friends from advisory that she talks to on the weekends, and she set up a study call with two girls every Wednesday on her own."),
    ("S1013", "Self-Management", "Advanced", "When her team lost the volleyball tournament she told me she was sad but that she was proud of how hard they played, and she sent a message to the younger girls on the team so they would not feel bad."),
    ("S1013", "Task Initiation", "Developing", "She still leaves things to the last minute sometimes, we had a late night with the science poster last week."),
], title="Letter to Mr. Anand", author="Loretta Johnson")


# ---------------------------------------------------------------- main
def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    for d in (DOCS_DIR, ROSTER_DIR):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    _write_csv(ROSTER_DIR / "teachers.csv", ["id", "name", "email", "slack_user_id"],
               [list(t) for t in TEACHERS])
    _write_csv(ROSTER_DIR / "students.csv", ["id", "name", "grade", "teacher_id", "nickname"],
               [list(s) for s in STUDENTS])
    names = set()
    for d in DOCS:
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        path = DOCS_DIR / d["name"]
        if path.suffix == ".docx":
            write_docx(path, d)
        elif path.suffix == ".pdf":
            write_pdf(path, d)
        else:
            write_text(path, d)
    truth, manifest, labels = [], [], []
    for d in sorted(DOCS, key=lambda x: x["name"]):
        manifest.append([d["name"], d["teacher"]])
        for sid, notes in d["truth"]:
            truth.append([d["name"], sid, d["etype"], d["date"], notes])
        for sid, skill, level, quote in d["labels"]:
            labels.append([d["name"], sid, skill, level, quote])
    _write_csv(HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    _write_csv(HERE / "manifest.csv", ["document", "teacher_id"], manifest)
    _write_csv(HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"{len(DOCS)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
