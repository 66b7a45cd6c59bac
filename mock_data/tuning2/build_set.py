"""Rebuild the tuning2 set (Bramblewood Middle School, fictional) from the text held here.

Run:  /work/main/.venv/bin/python mock_data/tuning2/build_set.py
Needs only the standard library, python-docx and fpdf2. Writes roster/, documents/,
truth.csv and labelled_set.csv beside this file; README.md and check.py are kept by hand.

Every document is written in the conventions of whoever would have produced it (a teacher's
Word file, a parent's phone email, a transcription service, a Zoom or Teams export), so the
text below is deliberately inconsistent in date forms, name forms and layout.
"""

# The documents are held verbatim, one line a paragraph, as their writers typed them.
# ruff: noqa: E501

from __future__ import annotations

import csv
import datetime as dt
import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "documents"

TEACHERS = [
    ("T301", "Adaeze Okafor", "adaeze.okafor@tuning2.example", "U0T301"),
    ("T302", "Gregory Lindqvist", "gregory.lindqvist@tuning2.example", "U0T302"),
    ("T303", "Paloma Reyes-Whitfield", "paloma.reyes-whitfield@tuning2.example", "U0T303"),
    ("T304", "Dev Raman", "dev.raman@tuning2.example", "U0T304"),
]

# id, name, grade, teacher_id, nickname
STUDENTS = [
    ("S301", "Marcus Bell", 6, "T301", ""),
    ("S302", "Inés Castaño", 6, "T301", ""),
    ("S303", "June Whitaker", 6, "T301", ""),
    ("S304", "Theodore Nakamura", 6, "T301", "Teddy"),
    ("S305", "Maya Thompson", 7, "T302", ""),
    ("S306", "Oluwaseun Adebayo", 7, "T302", "Seun"),
    ("S307", "Priya Raghunathan", 7, "T302", ""),
    ("S308", "Dominic Ferraro", 7, "T302", "Dom"),
    ("S309", "Maya Gutierrez", 8, "T303", ""),
    ("S310", "Elijah Brooks", 8, "T303", "Eli"),
    ("S311", "Katherine Olsen", 8, "T303", "Kit"),
    ("S312", "Rashad Coleman", 8, "T304", ""),
    ("S313", "Lily Tran", 7, "T304", ""),
    ("S314", "Samuel Hirsch", 8, "T304", "Sam"),
]

GD = "group_discussion_transcript"
PT = "peer_tutoring_transcript"
PP = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
TO = "teacher_observation_note"
PN = "parent_note"

E, D, P, A = "Emerging", "Developing", "Proficient", "Advanced"


@dataclass
class Doc:
    name: str
    text: str
    truth: list[tuple[str, str, str, str]]  # student_id, entry_type, entry_date, notes
    labels: list[tuple[str, str, str, str]]  # student_id, skill, level, quote
    encoding: str = "utf-8"
    crlf: bool = False
    core: dict = field(default_factory=dict)  # docx core properties
    docx_header: str = ""  # docx section header (every page)
    pdf_meta: dict = field(default_factory=dict)
    pdf_header: str = ""  # printed at the top of every PDF page
    pdf_page1: str = ""  # printed only at the top of page one


DOCS: list[Doc] = []


def add(name: str, text: str, truth, labels, **kw) -> None:
    DOCS.append(Doc(name, textwrap.dedent(text).strip("\n") + "\n", truth, labels, **kw))


def when(s: str, hour: int = 16) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(hour=hour, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# T301 Ms. Okafor, grade 6 ELA: Marcus S301, Inés S302, June S303, Teddy S304
# ---------------------------------------------------------------------------------------------

add(
    "u_01.docx",
    """
    # Classroom Observation
    **Date:** Tuesday, February 3, 2026
    **Class:** ELA 6, Period 3
    **Student:** Marcus Bell
    ## What I saw
    During independent reading Marcus got up four times in the first ten minutes — pencil sharpener, water, tissue, sharpener again. Each time I redirected him he went back to his seat, but he did not open his book until I sat down beside him and asked him to read me the first page.
    Once we started together he read fluently and laughed at the right places. He needed me to repeat the directions for the reading log twice; he had the first step (title and pages) but lost the second and third steps (summary sentence, one question).
    When his table partner’s book fell on the floor, Marcus picked it up and handed it back without being asked. Small, but kind.
    ## Next steps
    Try a written checklist taped to his desk for the reading log. Check in at minute 2 rather than minute 10.
    ## Ratings
    - Inhibitory Control: Emerging
    - Task Initiation: Emerging
    - Working Memory: Developing
    - Social Awareness: Developing
    """,
    [("S301", TO, "2026-02-03", "observation with rating list at the end")],
    [
        (
            "S301",
            "Inhibitory Control",
            E,
            "During independent reading Marcus got up four times in the first ten minutes",
        ),
        (
            "S301",
            "Task Initiation",
            E,
            "he did not open his book until I sat down beside him and asked him to read me the first page",
        ),
        (
            "S301",
            "Working Memory",
            D,
            "he had the first step (title and pages) but lost the second and third steps (summary sentence, one question)",
        ),
        (
            "S301",
            "Social Awareness",
            D,
            "Marcus picked it up and handed it back without being asked",
        ),
    ],
    core={"title": "Observation – Marcus", "author": "Adaeze Okafor", "created": "2026-02-03"},
)

add(
    "scan1.pdf",
    """
    # EXIT TICKET - "The Circuit" ch. 3-4
    Prompt: What was hardest for you today, and what did you do about it?
    (typed up from the paper slips)

    Marcus B. - The hardest part was staying on the reading. I kept looking at the clock. I did finish the questions but only after Ms. O came by.

    Inés C. - It was hard to find evidence for my claim because I picked a big claim. I changed my claim to a smaller one so I could prove it with two quotes.

    June W. - Nothing was really hard. I finished early so I helped Teddy find page 41.

    Teddy N. - i forgot what the 2nd question was so i asked June. next time i will write it on my hand lol
    """,
    [
        ("S301", RJ, "2026-02-12", "exit-ticket sheet, four students"),
        ("S302", RJ, "2026-02-12", "exit-ticket sheet, four students"),
        ("S303", RJ, "2026-02-12", "exit-ticket sheet, four students"),
        ("S304", RJ, "2026-02-12", "exit-ticket sheet; Teddy is Theodore Nakamura"),
    ],
    [
        ("S301", "Task Initiation", D, "I did finish the questions but only after Ms. O came by."),
        (
            "S302",
            "Cognitive Flexibility",
            P,
            "I changed my claim to a smaller one so I could prove it with two quotes.",
        ),
        ("S303", "Relationship Skills", P, "I finished early so I helped Teddy find page 41."),
        ("S304", "Working Memory", E, "i forgot what the 2nd question was so i asked June"),
    ],
    pdf_meta={"title": "Exit Tickets 2-12", "author": "aokafor", "creator": "Microsoft Word"},
    pdf_header="ELA 6 - Okafor                                                  Thursday 2/12/26",
)

add(
    "notes (2).md",
    """
    ---
    title: Reader's Notebook - Reflection 5
    student: June W.
    class: ELA 6 / Okafor
    date: 2026-02-19
    ---

    **Prompt 1 (Ms. O):** Think about a time this week when you felt frustrated. What did you notice in your body, and what did you do?

    When we did the partner poetry thing and Teddy wanted to do a poem about video games I got really annoyed. My face got hot and I wanted to just do it myself. I didn't say anything mean. I counted to five in my head and then I asked if we could put one video game line and one nature line in each stanza. He said ok and it actually turned out funny.

    **Prompt 2 (Ms. O):** What is one goal for the next two weeks? How will you know you met it?

    My goal is to let my partner go first sometimes. I will know because I will keep track with tally marks in the back of this notebook. Right now I think I talk first like 90 percent of the time.

    **Prompt 3 (Ms. O):** Anything you want me to know?

    I like this book a lot more than the last one. Can we read another one by her in June?
    """,
    [("S303", RJ, "2026-02-19", "journal with teacher prompts; 'in June' is the month")],
    [
        (
            "S303",
            "Self-Awareness",
            A,
            "My goal is to let my partner go first sometimes. I will know because I will keep track with tally marks in the back of this notebook.",
        ),
        ("S303", "Self-Management", P, "I counted to five in my head"),
        (
            "S303",
            "Collaboration",
            P,
            "I asked if we could put one video game line and one nature line in each stanza",
        ),
        ("S303", "Relationship Skills", D, "I didn't say anything mean."),
    ],
)

add(
    "message (1).txt",
    """
    From: Hiro Nakamura <hnakamura.family@mailbox.example>
    To: Adaeze Okafor <adaeze.okafor@tuning2.example>
    Date: Mon, 16 Feb 2026 21:47:05 -0800
    Subject: Re: Teddy's reading log

    Hi Ms. Okafor,

    Thanks for the heads up. We had a look at the reading log together tonight. Honestly at home it's the same story - he will sit down to do homework and 20 min later he's building something out of Legos and the worksheet hasn't moved. He isn't being defiant, he just drifts.

    One thing that has worked: when I write the steps on a sticky note and put it on the table he gets through all of it. Last night he did the whole log without me sitting there, which is a first. He was pretty proud of himself.

    He also told me he likes working with June because she "explains it without making it a big deal."

    We'll keep trying the sticky notes. Let us know if you see a difference.

    Hiro (Teddy's dad)

    --
    Hiro Nakamura
    Sent from my phone, please excuse typos

    On Fri, Feb 13, 2026 at 3:12 PM Adaeze Okafor <adaeze.okafor@tuning2.example> wrote:
    > Hello Mr. and Mrs. Nakamura,
    >
    > I wanted to let you know that Teddy has missed three reading logs this
    > month. In class he is a thoughtful reader and his comments in discussion
    > are often the most creative in the room. I think the logs are an
    > organization issue more than an effort issue. Could we talk about a
    > routine at home?
    >
    > Best,
    > Ms. Okafor
    """,
    [
        (
            "S304",
            PN,
            "2026-02-16",
            "parent email with quoted teacher reply below; June only mentioned",
        )
    ],
    [
        (
            "S304",
            "Inhibitory Control",
            E,
            "20 min later he's building something out of Legos and the worksheet hasn't moved",
        ),
        (
            "S304",
            "Working Memory",
            D,
            "when I write the steps on a sticky note and put it on the table he gets through all of it",
        ),
        (
            "S304",
            "Task Initiation",
            D,
            "Last night he did the whole log without me sitting there, which is a first.",
        ),
    ],
)

add(
    "message (2).txt",
    """
    From: Lucía Castaño <lcastano@correo.example>
    Sent: Friday, February 20, 2026 6:02 PM
    To: Okafor, Adaeze
    Subject: book club question

    Dear Ms. Okafor,

    Inés came home very excited about the book club. She read me the part she wrote about the grandmother character and she asked me if I thought the author was “on the side” of the grandmother or the girl. I said I didn’t know and she said “that’s okay, I’ll look for clues tomorrow.” I was surprised, she usually wants me to just tell her the answer.

    She is also very worried about the oral presentation on March 10. She practiced in front of the mirror two times and then said she wants to quit. We talked about it and she decided to practice for her cousins on Sunday instead.

    Can she bring note cards? She says it helps her remember the order.

    Thank you for everything,
    Lucía Castaño
    (mamá de Inés)
    """,
    [("S302", PN, "2026-02-20", "parent email, Windows-1252")],
    [
        ("S302", "Critical Thinking", P, "that’s okay, I’ll look for clues tomorrow."),
        (
            "S302",
            "Self-Management",
            D,
            "We talked about it and she decided to practice for her cousins on Sunday instead.",
        ),
        ("S302", "Self-Awareness", D, "She says it helps her remember the order."),
    ],
    encoding="cp1252",
    crlf=True,
)

add(
    "audio_0225.txt",
    """
    PEER TUTORING - WRITING CENTER
    Transcribed by ClearType Transcription (order #44812)
    Recorded: Wednesday 2/25/2026, Room 114
    Speakers: JUNE WHITAKER (tutor), TEDDY NAKAMURA, MS. OKAFOR (teacher)

    MS. OKAFOR: Okay, you two have twenty minutes. June, you're helping Teddy with his paragraph on the field trip. Remember, questions first, not answers.

    JUNE: Okay. So Teddy, what's your paragraph supposed to prove?

    TEDDY: That the aquarium was the best field trip. Because of the jellyfish.

    JUNE: Okay but right now your first sentence is about the bus. Like the bus ride. Is the bus part of why it was the best?

    TEDDY: No. I guess not. I just started with the bus because that's what happened first.

    JUNE: That makes sense. My sister says you start with the point and then tell the story. Do you want to try moving the jellyfish sentence up?

    TEDDY: What if I start with "The jellyfish room looked like outer space"? That's kind of my point.

    JUNE: Oh that's really good. That's way better than mine was.

    TEDDY: Wait what was the second thing Ms. Okafor said we had to have? Two details and a...

    JUNE: Two details and a closing sentence. It's on the board. I'll write it at the top of your page.

    TEDDY: Okay. I can do the details. The jellyfish glowing and the shark tunnel.

    MS. OKAFOR: [inaudible] ...five more minutes.

    JUNE: You did most of it yourself, I just asked questions.

    TEDDY: Yeah. I didn't get stuck this time.
    """,
    [
        (
            "S303",
            PT,
            "2026-02-25",
            "June is the tutor; speaker label JUNE: is the student, not the month",
        ),
        ("S304", PT, "2026-02-25", "tutee"),
    ],
    [
        (
            "S303",
            "Communication",
            P,
            "My sister says you start with the point and then tell the story. Do you want to try moving the jellyfish sentence up?",
        ),
        ("S303", "Relationship Skills", A, "You did most of it yourself, I just asked questions."),
        (
            "S304",
            "Creativity & Innovation",
            P,
            'What if I start with "The jellyfish room looked like outer space"? That\'s kind of my point.',
        ),
        (
            "S304",
            "Working Memory",
            D,
            "Wait what was the second thing Ms. Okafor said we had to have? Two details and a...",
        ),
        ("S304", "Self-Management", D, "I didn't get stuck this time."),
    ],
)

add(
    "doc_0303.docx",
    """
    Present: A. Okafor, Danielle Bell (mom), Marcus (joined for the last 10 min)
    Conference held the 3rd of March, after school, room 114.
    Mom reports Marcus is “always moving” at home too; pediatrician appointment scheduled for April. She says he remembers every detail of his basketball plays but not what his homework is.
    Shared: the desk checklist has helped. Since Feb 17 he has turned in 7 of 9 reading logs (was 2 of 9 in January). He still needs a start-up check-in most days but the time before he begins has gone from ~10 min to ~3 min.
    Marcus, when he joined: said the checklist is “kind of babyish but it works.” Asked if he could make his own version with his basketball team colors. Agreed.
    When I asked what gets in the way, he said, “When it’s quiet I think about other stuff. When there’s like a timer I know when I’m done.”
    Plan: timer for independent reading (10 min chunks), Marcus designs own checklist by Friday, check back mid-April.
    """,
    [("S301", TO, "2026-03-03", "parent conference notes; title only in core properties")],
    [
        (
            "S301",
            "Task Initiation",
            D,
            "He still needs a start-up check-in most days but the time before he begins has gone from ~10 min to ~3 min.",
        ),
        (
            "S301",
            "Organization",
            D,
            "Since Feb 17 he has turned in 7 of 9 reading logs (was 2 of 9 in January).",
        ),
        (
            "S301",
            "Self-Awareness",
            P,
            "When it’s quiet I think about other stuff. When there’s like a timer I know when I’m done.",
        ),
        (
            "S301",
            "Working Memory",
            D,
            "She says he remembers every detail of his basketball plays but not what his homework is.",
        ),
    ],
    core={
        "title": "Parent conference - Marcus Bell",
        "author": "Adaeze Okafor",
        "created": "2026-03-03",
    },
)

add(
    "scan3.pdf",
    """
    Um, okay. Hi everybody. My book talk is on Esperanza Rising. [pause] Sorry, I have note cards.

    So Esperanza is a girl who is rich in Mexico and then she has to move to California and work on a farm. At first she thinks she is better than the other workers. She doesn't know how to sweep, and a girl named Marta laughs at her.

    My claim is that the author wants us to see that being rich made Esperanza weak, not strong. My first piece of evidence is on page 102, when Esperanza can't even hold the broom right. My second piece of evidence is when her mama gets sick and Esperanza has to take care of everybody, and she says she is not afraid to start over.

    I thought about it a different way at first. I thought the book was about losing things. But then I noticed every chapter is named after a fruit or vegetable, and they go in the order of the harvest. So I think it's more about growing, like the title says, rising.

    [pause]

    I connected it to my abuela, who came here and cleaned houses before she opened her bakery. She says the hardest part was people thinking she was not smart because of her English.

    Okay. That's it. Does anybody have questions? [inaudible] Oh, okay, thank you.
    """,
    [("S302", PP, "2026-03-10", "no speaker labels; presenter named only in the page-one header")],
    [
        (
            "S302",
            "Communication",
            D,
            "Um, okay. Hi everybody. My book talk is on Esperanza Rising. [pause] Sorry, I have note cards.",
        ),
        (
            "S302",
            "Critical Thinking",
            P,
            "My claim is that the author wants us to see that being rich made Esperanza weak, not strong. My first piece of evidence is on page 102",
        ),
        (
            "S302",
            "Cognitive Flexibility",
            P,
            "I thought about it a different way at first. I thought the book was about losing things.",
        ),
        (
            "S302",
            "Global Awareness",
            D,
            "I connected it to my abuela, who came here and cleaned houses before she opened her bakery.",
        ),
    ],
    pdf_page1="Book Talk Transcript | Presenter: Inés Castaño | ELA 6 (Okafor) | Mar 10",
)

add(
    "message (3).txt",
    """
    From: sunnyday4@mailbox.example
    To: adaeze.okafor@tuning2.example
    Date: 3/4/2026 7:55 AM
    Subject: homework last night

    Good morning,

    My daughter was up until 10:30 last night crying over the ELA homework. She said she didn't understand what "theme" means and was too embarrassed to ask in class. She has always been a strong reader so this surprised me. She did finish it in the end, she would not go to bed until it was done.

    Could you maybe go over it again with her? She won't ask for help herself.

    Thanks,
    Mom

    Sent from my iPhone
    """,
    [("ASK", PN, "2026-03-04", "no child named; sender unknown; two girls in this class")],
    [],
)

add(
    "notes (3).md",
    """
    | Key | Value |
    |---|---|
    | Observer | A. Okafor |
    | Student | June Whitaker |
    | Date | 03.05.2026 |
    | Setting | Lit circle, Period 2 |
    | Focus | Collaboration / listening |

    June was the discussion director today. She came with all four role sheets filled in and color-coded, and had the group started before I reached their table.

    She still tends to answer her own questions. Twice she asked "what do you think?" and then answered before anyone spoke. But after Marcus said "you already said it," she laughed, apologized, and waited -- and the next question she asked, she let the silence sit until Teddy answered.

    Later she noticed Inés hadn't spoken and asked her directly what she thought about the ending. Inés gave the best answer of the day.

    **Ratings**
    - Organization — Advanced
    - Task Initiation — Proficient
    - Collaboration — Developing
    - Social Awareness — Proficient
    - Inhibitory Control — Developing
    """,
    [
        (
            "S303",
            TO,
            "2026-03-05",
            "Key|Value table; date 03.05.2026 is March 5; classmates only mentioned",
        )
    ],
    [
        ("S303", "Organization", A, "She came with all four role sheets filled in and color-coded"),
        ("S303", "Task Initiation", P, "had the group started before I reached their table"),
        (
            "S303",
            "Collaboration",
            D,
            'Twice she asked "what do you think?" and then answered before anyone spoke.',
        ),
        (
            "S303",
            "Social Awareness",
            P,
            "she noticed Inés hadn't spoken and asked her directly what she thought about the ending",
        ),
        ("S303", "Inhibitory Control", D, "she laughed, apologized, and waited"),
    ],
)

add(
    "Document (1).docx",
    """
    # Journal #4 — March 11, 2026
    Theodore N. (Teddy)
    ## Ms. Okafor’s prompt: What is something you are better at than you were in January? Give proof.
    I am better at starting my reading log. In January I would wait until Ms. O came over. Now I need fewer reminders, like maybe one. My dad does the sticky note thing at home and I started doing it at school too without anyone telling me.
    ## Ms. Okafor’s prompt: What is still hard?
    Remembering stuff that is said out loud. If it is on the board I am fine. If somebody just says it I forget the middle part.
    ## Ms. Okafor’s prompt: Describe something you made or imagined this month.
    I made a comic for the field trip paragraph instead of just a drawing. It has the jellyfish room as a spaceship and the sharks are the aliens. June said I should put it in the class newsletter. I’m going to add speech bubbles first.
    """,
    [("S304", RJ, "2026-03-11", "journal, teacher prompts as headings; June only mentioned")],
    [
        ("S304", "Task Initiation", D, "Now I need fewer reminders, like maybe one."),
        (
            "S304",
            "Self-Management",
            P,
            "I started doing it at school too without anyone telling me.",
        ),
        (
            "S304",
            "Self-Awareness",
            P,
            "Remembering stuff that is said out loud. If it is on the board I am fine.",
        ),
        ("S304", "Working Memory", D, "If somebody just says it I forget the middle part."),
        (
            "S304",
            "Creativity & Innovation",
            P,
            "I made a comic for the field trip paragraph instead of just a drawing. It has the jellyfish room as a spaceship and the sharks are the aliens.",
        ),
    ],
    core={"title": "Journal 4", "author": "tnakamura29", "created": "2026-03-11"},
)

add(
    "u_02.docx",
    """
    # Peer Feedback — Narrative Draft
    | Writer | Inés C. |
    | Reviewer | Marcus B. |
    | Date | 3/13/26 |
    | Glow (something that works) | The part where the grandma burns the tortillas is funny and I could picture it. You used dialog good. |
    | Grow (something to fix) | The middle is confusing because you skip from the kitchen to the hospital. Maybe add a sentence that says time passed. |
    | Question for the writer | Is the grandma the same one from your book talk? |
    | Writer’s response | Thank you Marcus. I’m going to add “Two weeks later,” before the hospital part. And no, it’s my other grandma. |
    """,
    [
        ("S302", PF, "2026-03-13", "writer; feedback form as a Word table"),
        ("S301", PF, "2026-03-13", "reviewer"),
    ],
    [
        (
            "S302",
            "Creativity & Innovation",
            P,
            "I’m going to add “Two weeks later,” before the hospital part.",
        ),
        (
            "S301",
            "Communication",
            P,
            "The middle is confusing because you skip from the kitchen to the hospital. Maybe add a sentence that says time passed.",
        ),
        ("S301", "Relationship Skills", D, "Is the grandma the same one from your book talk?"),
    ],
    core={"title": "Peer feedback", "author": "Adaeze Okafor", "created": "2026-03-13"},
)

add(
    "typed_0303.txt",
    """
    OBSERVATION – T. Nakamura (“Teddy”) – 3/3/26 – ELA 6 / Okafor
    Setting: Poetry café rehearsal, small groups of 4.

    Teddy volunteered to read first in his group, which he has never done before. He stumbled on the second stanza, stopped, said “hold on, let me start that part over,” and did. Strong recovery.
    He offered a suggestion to Marcus about where to pause in his poem (“breathe after ‘rain’ so it sounds sad”), and Marcus took it.
    Still off-task during the wait time between readers — drawing in the margins, missed that it was his turn again. Needed a tap on the shoulder.
    When the group disagreed about the order of readers, Teddy suggested drawing names from a hat. Everyone agreed.

    Ratings
      Communication ............ Developing
      Self-Management .......... Proficient
      Inhibitory Control ....... Emerging
      Collaboration ............ Proficient
    """,
    [("S304", TO, "2026-03-03", "Windows-1252 with curly quotes; rating list at the end")],
    [
        (
            "S304",
            "Communication",
            D,
            "Teddy volunteered to read first in his group, which he has never done before.",
        ),
        (
            "S304",
            "Self-Management",
            P,
            "said “hold on, let me start that part over,” and did. Strong recovery.",
        ),
        (
            "S304",
            "Inhibitory Control",
            E,
            "Still off-task during the wait time between readers — drawing in the margins, missed that it was his turn again.",
        ),
        (
            "S304",
            "Collaboration",
            P,
            "When the group disagreed about the order of readers, Teddy suggested drawing names from a hat. Everyone agreed.",
        ),
    ],
    encoding="cp1252",
    crlf=True,
)

add(
    "typed_0317.txt",
    """
    Marcus B. — Writer's Notebook (typed from handwritten copy by Ms. O) — Mar 17

    PROMPT: Write about a time you had to wait for something you really wanted. How did you handle it?

    When I had to wait for my turn at the basketball tryouts I was so nervous I kept bouncing my leg and my coach said calm down. I did the breathing thing Ms. O showed us, in for 4 out for 4. It kind of worked. I still was nervous but I didnt run around like usual.

    PROMPT: What is one thing you're proud of this month?

    I turned in all my reading logs this week. Even Tuesday when I forgot my folder I wrote it on a piece of paper and [illegible] the next day.

    PROMPT: How do you think your classmates see you?

    Probably funny. And loud. Teddy says I'm the loudest person he knows lol. I want them to also think I'm a good teammate because I pass the ball a lot.
    """,
    [("S301", RJ, "2026-03-17", "UTF-16; journal with teacher prompts; Teddy only quoted")],
    [
        (
            "S301",
            "Self-Management",
            D,
            "I did the breathing thing Ms. O showed us, in for 4 out for 4. It kind of worked.",
        ),
        ("S301", "Inhibitory Control", D, "I still was nervous but I didnt run around like usual."),
        (
            "S301",
            "Organization",
            D,
            "Even Tuesday when I forgot my folder I wrote it on a piece of paper",
        ),
        ("S301", "Self-Awareness", D, "Teddy says I'm the loudest person he knows lol."),
    ],
    encoding="utf-16",
    crlf=True,
)

add(
    "typed_0309.txt",
    """
    [Note found in June W.'s planner, typed by A. Okafor, received Mon 3/9]

    Ms. Okafor --
    June has been very stressed about the poetry café. She wrote out the whole schedule for her group and made copies for everyone, which is very her. But she told me last night she's worried the others won't practice and "it'll be my fault if it's bad." I told her she can only control her part. She listened and then went and practiced her own poem 5 times.
    We are away the first week of June for a wedding, just so you know early.
    Thank you -- Mark Whitaker (Dad)
    """,
    [
        (
            "S303",
            PN,
            "2026-03-09",
            "handwritten note from dad, typed; 'first week of June' is the month",
        )
    ],
    [
        (
            "S303",
            "Planning & Prioritization",
            P,
            "She wrote out the whole schedule for her group and made copies for everyone",
        ),
        (
            "S303",
            "Self-Management",
            D,
            "She listened and then went and practiced her own poem 5 times.",
        ),
    ],
)

add(
    "notes (10).md",
    """
    # Poetry Café – Partner Feedback

    | Key | Value |
    | --- | --- |
    | Poet | June Whitaker |
    | Partner | Teddy N. |
    | Date | 3/12 |
    | Poem | "Saturday Lake" |

    **What I liked:** The line about the dock being "a tongue sticking out at the water" is so weird and good. You read it slow which made it better.

    **What could be better:** You read the last stanza really fast like you wanted to be done. Also you looked at the paper the whole time.

    **My question:** Did you really go to the lake or did you make it up?

    **June's reply:** made it up mostly!! ok I'll slow down at the end. thanks teddy
    """,
    [
        ("S303", PF, "2026-03-12", "poet (feedback is about her)"),
        ("S304", PF, "2026-03-12", "partner who wrote the feedback"),
    ],
    [
        (
            "S303",
            "Creativity & Innovation",
            P,
            'The line about the dock being "a tongue sticking out at the water" is so weird and good.',
        ),
        (
            "S303",
            "Communication",
            D,
            "You read the last stanza really fast like you wanted to be done. Also you looked at the paper the whole time.",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------
# T302 Mr. Lindqvist, grade 7 social studies: Maya T. S305, Seun S306, Priya S307, Dom S308
# ---------------------------------------------------------------------------------------------

add(
    "u_03.docx",
    """
    # Socratic Seminar — Silk Road
    Mr. Lindqvist — 7th Grade Social Studies, Period 5 — Tue 1/20
    Inner circle: Maya Thompson, Oluwaseun Adebayo, Priya Raghunathan, Lily Tran (visiting from Mr. Raman’s homeroom)
    Recording transcribed by auto-captioning, corrected by G.L.
    [00:00:04] Mr. Lindqvist: Opening question. Was the Silk Road more important for moving goods or moving ideas? Use the documents.
    [00:00:19] Priya: I think ideas. Document C says paper-making went from China to Baghdad and then to Europe. Silk wears out, but paper changed everything after.
    [00:00:41] Seun: But they wouldn’t have gone on the road if there wasn’t money in it. Nobody walks across a desert to share an idea.
    [00:00:52] Maya: Okay so, building on Seun, maybe it’s both — the goods were the reason and the ideas were the side effect? Like, Lily, what do you think? You haven’t gone yet.
    [00:01:08] Lily: Um. In my other class we learned about how diseases spread on trade routes too. So the plague is kind of an idea? No, not an idea. But it moved the same way.
    [00:01:25] Priya: That’s actually a really good point. So it’s not just good stuff that moves.
    [00:01:31] Seun: Wait, can I push back on Document C though? Who wrote it? It says “adapted from a textbook” — we don’t know which textbook or when.
    [00:01:44] Mr. Lindqvist: Good question. What would you want to know?
    [00:01:47] Seun: If it’s a Chinese source or a European source, because they might each want to say they invented it.
    [00:02:03] Maya: I want to go back to what Lily said. If diseases and religions and paper all moved on the same roads, then the roads are kind of like the internet. Everything goes on them, good and bad.
    [00:02:20] Priya: I disagree a little, because the internet is fast and this took years. But I like the comparison.
    [00:02:31] Lily: Sorry, I lost track, are we still on Document C or on the map?
    [00:02:35] Maya: We’re on C, but the map shows it too — look at the arrows near Samarkand.
    [00:02:47] Mr. Lindqvist: Two minutes. Let’s hear closing thoughts.
    [00:02:52] Seun: I changed my mind a little. I still think money started it, but ideas lasted longer.
    [00:03:04] Priya: I’m sticking with ideas.
    """,
    [
        ("S305", GD, "2026-01-20", "Socratic seminar; [hh:mm:ss] Name: format"),
        ("S306", GD, "2026-01-20", "speaks as Seun"),
        ("S307", GD, "2026-01-20", ""),
        ("S313", GD, "2026-01-20", "visiting student from another teacher's class"),
    ],
    [
        (
            "S307",
            "Critical Thinking",
            P,
            "Document C says paper-making went from China to Baghdad and then to Europe.",
        ),
        (
            "S307",
            "Relationship Skills",
            P,
            "I disagree a little, because the internet is fast and this took years. But I like the comparison.",
        ),
        (
            "S306",
            "Critical Thinking",
            A,
            "If it’s a Chinese source or a European source, because they might each want to say they invented it.",
        ),
        (
            "S306",
            "Cognitive Flexibility",
            P,
            "I changed my mind a little. I still think money started it, but ideas lasted longer.",
        ),
        ("S305", "Collaboration", A, "Like, Lily, what do you think? You haven’t gone yet."),
        (
            "S305",
            "Creativity & Innovation",
            P,
            "then the roads are kind of like the internet. Everything goes on them, good and bad.",
        ),
        (
            "S313",
            "Global Awareness",
            D,
            "In my other class we learned about how diseases spread on trade routes too.",
        ),
        (
            "S313",
            "Working Memory",
            D,
            "Sorry, I lost track, are we still on Document C or on the map?",
        ),
    ],
    core={"title": "Seminar 1-20", "author": "Gregory Lindqvist", "created": "2026-01-20"},
)

add(
    "export_0129.txt",
    """
    Lit Circle Group B - Number the Stars ch 5-7
    Thu, Jan 29, 2026 10:14AM • 18:42

    SUMMARY KEYWORDS
    soldiers, lie, ellen, johansens, hide, brothers

    SPEAKERS
    Dom, Seun, Lily, Mr. Lindqvist

    Dom  0:03
    Okay so I'm discussion director. First question. Why do you think Annemarie's mom lied to the soldiers?

    Seun  0:14
    Because if she told the truth Ellen would get taken. It's like, lying is wrong but not when it's protecting someone.

    Dom  0:25
    Yeah but then isn't that just... can't you say that about any lie? Like I lie to my sister to protect her feelings.

    Lily  0:37
    I think it's different when someone could die. That's not feelings. That's like actually life or death.

    Dom  0:45
    Okay. Fair. Lily what was your connector thing?

    Lily  0:49
    Oh. I forgot my role sheet in Mr. Raman's room. But I remember it. I connected it to my grandpa who left Vietnam on a boat. He said people helped them and they could have gotten in trouble.

    Seun  1:08
    That's kind of the same thing as the Johansens. They hid people even though it was dangerous for them.

    Dom  1:16
    [laughs] Wait I have a bonus question. Would you do it? Like hide someone in your house?

    Seun  1:22
    I'd want to say yes. But honestly I'd have to think about my little brothers. That's what makes it hard, right, it's not just you.

    Dom  1:34
    Okay I'm writing that down. That's deep. Sorry I keep interrupting, I'll let Lily finish.

    Lily  1:41
    It's fine. I was just going to say my grandpa says the people who helped them were regular people, not heroes.

    Mr. Lindqvist  1:55
    Two minutes, folks, start filling out your summary.
    """,
    [
        ("S308", GD, "2026-01-29", "lit circle, Otter-style export"),
        ("S306", GD, "2026-01-29", ""),
        ("S313", GD, "2026-01-29", "student from Mr. Raman's class"),
    ],
    [
        (
            "S306",
            "Responsible Decision-Making",
            P,
            "I'd want to say yes. But honestly I'd have to think about my little brothers. That's what makes it hard, right, it's not just you.",
        ),
        ("S306", "Social Awareness", P, "They hid people even though it was dangerous for them."),
        ("S308", "Critical Thinking", P, "can't you say that about any lie?"),
        ("S308", "Inhibitory Control", D, "Sorry I keep interrupting, I'll let Lily finish."),
        ("S313", "Organization", E, "I forgot my role sheet in Mr. Raman's room."),
        ("S313", "Global Awareness", D, "I connected it to my grandpa who left Vietnam on a boat."),
    ],
)

add(
    "scan4.pdf",
    """
    # Observation - independent work block
    Student: Dom
    Setting: research for the Silk Road museum exhibit, Chromebooks, 25 min

    Dom opened three tabs of games within the first five minutes and closed them when I walked by. When I sat with him he explained, accurately, that he "can't find anything good" because every site says the same thing. We looked at the search results together; he had been clicking only the first result each time.

    After I showed him how to add "primary source" and a site filter to his search, he found the Met Museum collection page on his own and spent the last 12 minutes there without redirection. He wrote down the object number and the date for each item without being asked - something he usually skips.

    Later he told his neighbor, "Don't just use the first link, it's like an ad." He got a little loud about it, but the content was right.

    Ratings (end of unit):
    Digital Literacy: Developing
    Inhibitory Control: Emerging -> Developing
    Organization: Developing
    """,
    [("S308", TO, "2026-01-27", "full name only in PDF metadata; body uses the nickname")],
    [
        ("S308", "Inhibitory Control", D, "spent the last 12 minutes there without redirection"),
        ("S308", "Digital Literacy", D, "Don't just use the first link, it's like an ad."),
        (
            "S308",
            "Organization",
            D,
            "He wrote down the object number and the date for each item without being asked - something he usually skips.",
        ),
    ],
    pdf_meta={
        "title": "Observation - Dominic Ferraro",
        "author": "G. Lindqvist",
        "subject": "SS7 observation",
        "creator": "Microsoft Word",
    },
    pdf_header="Lindqvist | SS7 | 1/27/2026",
)

add(
    "message (4).txt",
    """
    From: Adewale Adebayo
    Sent: Friday, February 6, 2026 8:31 PM
    To: Lindqvist, Gregory
    Subject: RE: Oluwaseun - debate club

    Good evening Mr. Lindqvist,

    Thank you for your note. Seun has talked about nothing but the debate all week. At dinner he argued with his uncle about whether the news channel we watch is "biased" and he brought up two other websites to compare how they reported the same story. His uncle was not pleased but I was, privately.

    I do want to mention that he has been staying up late on the laptop. When I asked him he said he was "fact-checking." I believe him, but he did not stop when I asked the first time, and we had words. We have now agreed the laptop stays in the kitchen after 9.

    He is a good boy with a strong sense of right and wrong. Sometimes too strong — he will not let an argument go.

    Regards,
    Adewale Adebayo

    ________________________________
    From: Lindqvist, Gregory <gregory.lindqvist@tuning2.example>
    Sent: Thursday, February 5, 2026 3:40 PM
    To: Adewale Adebayo
    Subject: Oluwaseun - debate club

    Mr. Adebayo, I wanted to share that Seun was chosen to open for our side in next week's class debate. He prepares carefully and asks the hardest questions in class. Would he be interested in the after-school debate club?
    Best, G. Lindqvist
    """,
    [("S306", PN, "2026-02-06", "UTF-16 Outlook email; teacher's earlier message quoted below")],
    [
        (
            "S306",
            "Digital Literacy",
            A,
            "he brought up two other websites to compare how they reported the same story",
        ),
        (
            "S306",
            "Inhibitory Control",
            D,
            "he did not stop when I asked the first time, and we had words",
        ),
        (
            "S306",
            "Relationship Skills",
            D,
            "Sometimes too strong — he will not let an argument go.",
        ),
    ],
    encoding="utf-16",
    crlf=True,
)

add(
    "notes (4).md",
    """
    ---
    author: Priya R.
    course: Social Studies 7
    teacher: Mr. Lindqvist
    entry: Learning Log 6
    date: Feb 10, 2026
    ---

    # Learning Log 6

    > **Mr. L's prompt:** How did you plan your museum exhibit project? What would you change?

    I made a calendar on the back of my planner with every due date: topic (Feb 2), three sources (Feb 6), draft placard (Feb 11), final (Feb 20). I put the sources one two days early because I know the library computers get booked.

    Something I would change: I spent way too long on the poster design and not enough on the placard text. Next time I'll do the words first and the pretty part last.

    > **Mr. L's prompt:** Did anything change in your plan? How did you handle it?

    The Met website was down on Friday so I couldn't get my third source. I didn't panic, I used the library's database instead and found a better one (a photo of the actual compass).

    > **Mr. L's prompt:** How did you contribute to your group this week?

    Honestly not much, I mostly worked alone because Dom and Seun were arguing about the map. I should have said something but I didn't want to get in the middle of it.
    """,
    [("S307", RJ, "2026-02-10", "YAML front matter; prompts inside; classmates only mentioned")],
    [
        (
            "S307",
            "Planning & Prioritization",
            P,
            "I put the sources one two days early because I know the library computers get booked.",
        ),
        (
            "S307",
            "Self-Awareness",
            P,
            "Next time I'll do the words first and the pretty part last.",
        ),
        (
            "S307",
            "Cognitive Flexibility",
            P,
            "I didn't panic, I used the library's database instead and found a better one",
        ),
        (
            "S307",
            "Collaboration",
            E,
            "I mostly worked alone because Dom and Seun were arguing about the map. I should have said something but I didn't want to get in the middle of it.",
        ),
    ],
)

add(
    "notes (5).md",
    """
    **Peer Feedback – Museum Exhibit Gallery Walk**
    **Reviewer:** Priya R.
    **Presenter:** Maya T. (Period 5)
    **Date:** 2/27

    **One thing the presenter did well:**
    You looked at the audience instead of your notes and you changed how you explained the compass when the 6th graders came by, you made it simpler and asked them a question.

    **One thing to improve:**
    Your placard had a lot of facts but no source listed. Where did the 1088 date come from?

    **Rate the presentation (1-4):** 4
    **Comment:** Best one in our row honestly.
    """,
    [
        (
            "S305",
            PF,
            "2026-02-27",
            "presenter the feedback is about; 'Maya T.' (two Mayas in school)",
        ),
        ("S307", PF, "2026-02-27", "reviewer"),
    ],
    [
        (
            "S305",
            "Communication",
            P,
            "you changed how you explained the compass when the 6th graders came by, you made it simpler and asked them a question",
        ),
        ("S305", "Critical Thinking", D, "Your placard had a lot of facts but no source listed."),
        ("S307", "Critical Thinking", P, "Where did the 1088 date come from?"),
    ],
)

add(
    "GMT20260304-031502_Recording.txt",
    """
    WEBVTT

    1
    00:00:01.200 --> 00:00:08.950
    Gregory Lindqvist: Welcome, families, to virtual museum night. It's March 3rd and we have four exhibits tonight. First up, Maya.

    2
    00:00:10.100 --> 00:00:19.400
    Maya Thompson: Okay, is it sharing? Can everyone see? Okay. Our exhibit is about the magnetic compass and how it got from China to Europe.

    3
    00:00:19.900 --> 00:00:41.020
    Maya Thompson: So first, the Chinese used it for fortune telling before they used it for ships. That surprised me. Our source is the Needham book, which my group found through the library database after Priya told me I needed a source on my placard.

    4
    00:00:41.500 --> 00:01:04.300
    Maya Thompson: I split the work so everyone had a part they were good at. Dom did the map because he's really good at drawing, Seun did the timeline, and I did the script. When Dom's map file got deleted, we redrew it together at lunch instead of blaming anybody.

    5
    00:01:04.800 --> 00:01:25.660
    Maya Thompson: The big idea is that one invention can change the whole world, because without the compass, no ocean voyages, no Columbus, no trade across the Atlantic. Which is good and bad.

    6
    00:01:26.000 --> 00:01:37.310
    Dominic Ferraro: Can I add something? The map shows the routes the compass probably went on, but we're not totally sure, historians argue about it.

    7
    00:01:37.800 --> 00:01:42.000
    Maya Thompson: Right, thanks Dom. Any questions from the families?

    8
    00:01:44.500 --> 00:01:49.900
    iPad (2): How did you decide what to put on the poster?

    9
    00:01:50.300 --> 00:02:04.880
    Maya Thompson: We voted, but honestly I kind of made the final call because we were out of time. Next time I want to make sure everybody agrees first.
    """,
    [
        ("S305", PP, "2026-03-03", "Zoom VTT; file name is GMT (next day); local date March 3"),
        ("S308", PP, "2026-03-03", "adds to the presentation"),
    ],
    [
        (
            "S305",
            "Critical Thinking",
            P,
            "Our source is the Needham book, which my group found through the library database after Priya told me I needed a source on my placard.",
        ),
        (
            "S305",
            "Collaboration",
            A,
            "When Dom's map file got deleted, we redrew it together at lunch instead of blaming anybody.",
        ),
        (
            "S305",
            "Global Awareness",
            P,
            "without the compass, no ocean voyages, no Columbus, no trade across the Atlantic. Which is good and bad.",
        ),
        (
            "S305",
            "Self-Awareness",
            P,
            "honestly I kind of made the final call because we were out of time. Next time I want to make sure everybody agrees first.",
        ),
        ("S308", "Critical Thinking", P, "we're not totally sure, historians argue about it."),
    ],
)

add(
    "p5_0224.txt",
    """
    SS7 – Exit slips – Tues. 2/24/26 – Lindqvist
    Q: One thing you learned about the Mongol Empire today + one question you still have.

    Maya T.: The Mongols let people keep their religions, which is probably why they could rule so many different places. Q: Did the people they conquered actually like them or just put up with them?

    Oluwaseun A.: Learned: the Pax Mongolica made trade safer. Question: safer for who? The textbook only talks about merchants.

    Priya R.: I learned about the yam system (like a pony express). I want to know how long a message took from one end to the other.

    Dominic F.: mongols had paper money. i dont have a question. actually yes, why did they stop being an empire
    """,
    [
        ("S305", RJ, "2026-02-24", "exit slips, Windows-1252"),
        ("S306", RJ, "2026-02-24", ""),
        ("S307", RJ, "2026-02-24", ""),
        ("S308", RJ, "2026-02-24", ""),
    ],
    [
        (
            "S305",
            "Social Awareness",
            P,
            "Did the people they conquered actually like them or just put up with them?",
        ),
        ("S306", "Critical Thinking", A, "safer for who? The textbook only talks about merchants."),
        (
            "S307",
            "Critical Thinking",
            D,
            "I want to know how long a message took from one end to the other.",
        ),
        (
            "S308",
            "Critical Thinking",
            D,
            "i dont have a question. actually yes, why did they stop being an empire",
        ),
    ],
    encoding="cp1252",
    crlf=True,
)

add(
    "scan2.pdf",
    """
    # Exit slip
    Name: ____________________

    One thing you learned about the Mongol Empire today + one question you still have.

    I learned the Mongols were not just violent, they also had a postal system. I was confused most of the time because I was absent yesterday and nobody told me what we did. I didn't ask because I didn't want to interrupt. My question is what is a khanate.
    """,
    [("ASK", RJ, "2026-02-24", "name left blank")],
    [],
    pdf_meta={"title": "exit slip", "author": "glindqvist", "creator": "Microsoft Word"},
    pdf_header="SS7 Lindqvist 2/24/26",
)

add(
    "notes (6).md",
    """
    # Thurs 2/19 — conference (Ferraro)

    **Attending:** G. Lindqvist, Angela Ferraro (mom), Dom for the second half
    **Re:** missing work + talking in class

    - Mom says Dom's phone goes off constantly at home; they've started a "phone basket" at dinner. She thinks school should do the same.
    - Missing: 4 assignments since winter break. Dom has all of them half-done in his backpack — found 3 at the bottom during the meeting (!). He laughed, then got quiet.
    - Dom's words: "I start stuff, I just don't finish it because I forget it's there." Then: "Can I get a folder that's only for stuff I owe?"
    - Agreed: red "OWED" folder, check it with me Fridays. Mom will check Sunday nights.
    - Positive: his contributions in the Number the Stars circle were thoughtful. Mom teared up a bit.
    - Follow up: 3/13.
    """,
    [("S308", TO, "2026-02-19", "parent conference notes")],
    [
        (
            "S308",
            "Organization",
            E,
            "Dom has all of them half-done in his backpack — found 3 at the bottom during the meeting (!)",
        ),
        (
            "S308",
            "Self-Awareness",
            P,
            "I start stuff, I just don't finish it because I forget it's there.",
        ),
        ("S308", "Self-Management", D, "Can I get a folder that's only for stuff I owe?"),
    ],
)

add(
    "audio_0305.txt",
    """
    Peer tutor session – map skills – Thursday 3/5/2026
    (typed from the recording by Mr. L; M = Maya T., D = Dom F.)

    M: Okay so the quiz is on latitude and longitude. Do you know which one goes first?
    D: Latitude. Because... ladder? No, that's the other one.
    M: Latitude is like the rungs of a ladder, they go across. But yeah latitude goes first. Want me to make up some for you?
    D: Yeah but don't do easy ones.
    M: Okay, 35 north, 139 east. What city?
    D: Hold on. [pause] Tokyo?
    M: Yes! How'd you get that?
    D: I went across to 35 first and then over. I used to mix them up every time.
    M: See, you're not bad at this. You just rush.
    D: My mom says that too, "slow down, Dominic."
    M: Ha. Okay, give me one now. Make it hard.
    D: 0, 0.
    M: That's in the ocean! That's so mean. [laughs] That's actually a good one though.
    """,
    [
        ("S305", PT, "2026-03-05", "tutor; single-letter speaker labels"),
        ("S308", PT, "2026-03-05", "tutee"),
    ],
    [
        ("S305", "Relationship Skills", P, "See, you're not bad at this. You just rush."),
        ("S305", "Communication", P, "Latitude is like the rungs of a ladder, they go across."),
        ("S308", "Self-Awareness", D, 'My mom says that too, "slow down, Dominic."'),
        (
            "S308",
            "Working Memory",
            P,
            "I went across to 35 first and then over. I used to mix them up every time.",
        ),
    ],
)

add(
    "scan9.pdf",
    """
    My project is about the Benin Bronzes. They are metal sculptures made in the Kingdom of Benin, which is in Nigeria today, not the country Benin, which confuses everybody. [laughter]

    In 1897 British soldiers took thousands of them. Today a lot of them are in the British Museum and in museums in Germany and the United States.

    I looked at three kinds of sources: the British Museum website, a news article from a Nigerian newspaper, and a video from a German museum. The British Museum website says it is "caring for" them. The Nigerian article calls it "looting." Same event, different words, so you have to ask who is talking.

    My argument is they should go back. Some people say Nigeria doesn't have museums that can protect them, but that's not true anymore, there is a new museum being built in Benin City. And in 2022 Germany started giving some back, so it's possible.

    My family is Yoruba, not Edo, so this isn't exactly my family's history. But my dad says it still matters to all Nigerians.

    Q: What would you say to someone who says they've been in London so long they belong there now?

    A: I'd ask if that would be okay if it was their stuff. Like, if somebody took your grandma's ring and kept it for a hundred years, is it theirs now?
    """,
    [("S306", PP, "2026-03-12", "presenter only in page-one header (full name + nickname)")],
    [
        (
            "S306",
            "Digital Literacy",
            A,
            "Same event, different words, so you have to ask who is talking.",
        ),
        (
            "S306",
            "Global Awareness",
            A,
            "there is a new museum being built in Benin City. And in 2022 Germany started giving some back, so it's possible.",
        ),
        (
            "S306",
            "Communication",
            P,
            "Like, if somebody took your grandma's ring and kept it for a hundred years, is it theirs now?",
        ),
    ],
    pdf_meta={
        "title": "History Day - practice",
        "author": "glindqvist",
        "creator": "Microsoft Word",
    },
    pdf_page1='Presenter: Oluwaseun Adebayo ("Seun") - 7th SS - 03.12.2026',
)

add(
    "u_07.docx",
    """
    # Observation Record
    | Observer | G. Lindqvist |
    | Student | Priya Raghunathan |
    | Date | April 7, 2026 |
    | Setting | Group work — Renaissance trade fair booths |
    Priya’s group (Priya, Maya T., Dom) was behind schedule at the start. Priya pulled out her planner, counted the days left, and proposed cutting the costume element so they could finish the booth poster and the trade script. Dom objected; Priya asked him what part mattered most to him, and they kept a simpler version of the costumes with Dom in charge.
    She has been quieter in whole-class discussion since the seminar in January, but in small groups she is the one who keeps everyone on track without bossing.
    She caught a mistake on the group’s timeline (Gutenberg’s press dated 1540 instead of c. 1440) by checking two different sites.
    Ratings: Planning & Prioritization — Advanced; Collaboration — Advanced; Critical Thinking — Proficient; Communication — Developing
    """,
    [("S307", TO, "2026-04-07", "Key|Value table in Word; classmates only mentioned")],
    [
        (
            "S307",
            "Planning & Prioritization",
            A,
            "Priya pulled out her planner, counted the days left, and proposed cutting the costume element so they could finish the booth poster and the trade script.",
        ),
        (
            "S307",
            "Collaboration",
            A,
            "Priya asked him what part mattered most to him, and they kept a simpler version of the costumes with Dom in charge.",
        ),
        (
            "S307",
            "Critical Thinking",
            P,
            "She caught a mistake on the group’s timeline (Gutenberg’s press dated 1540 instead of c. 1440) by checking two different sites.",
        ),
        (
            "S307",
            "Communication",
            D,
            "She has been quieter in whole-class discussion since the seminar in January",
        ),
    ],
    core={"title": "Observation Record", "author": "Gregory Lindqvist", "created": "2026-04-07"},
)

add(
    "Document (3).docx",
    """
    Friday 3/13
    Mr. L’s question: Look back at your goal from the conference. How is the OWED folder going?
    Good actually. I check it every Friday with you and I only have one thing in it right now (the map quiz retake). Before the folder I had like 4 things and didn’t even know.
    Mr. L’s question: What are you still working on?
    Not interrupting. I’m better than I was in January, I count to 3 before I talk in seminar. But when I’m excited I still do it, like in the lit circle with Lily I cut her off like 3 times. She didn’t say anything but I noticed.
    Mr. L’s question: What’s something you’d want to research on your own?
    How video games get made in other countries, like Japan and Poland. Poland made The Witcher, which I didn’t know.
    """,
    [("S308", RJ, "2026-03-13", "title only in core properties; Lily only mentioned")],
    [
        (
            "S308",
            "Organization",
            D,
            "I check it every Friday with you and I only have one thing in it right now",
        ),
        (
            "S308",
            "Inhibitory Control",
            D,
            "I’m better than I was in January, I count to 3 before I talk in seminar. But when I’m excited I still do it",
        ),
        ("S308", "Social Awareness", P, "She didn’t say anything but I noticed."),
        (
            "S308",
            "Global Awareness",
            D,
            "How video games get made in other countries, like Japan and Poland.",
        ),
    ],
    core={"title": "Dom - Learning Log 8", "author": "dferraro31", "created": "2026-03-13"},
)

# ---------------------------------------------------------------------------------------------
# T303 Mrs. Reyes-Whitfield, grade 8 science: Maya G. S309, Eli S310, Kit S311
# ---------------------------------------------------------------------------------------------

add(
    "u_04.docx",
    """
    # Transcript — Science 8, Period 4
    Transcription: Verbatim Partners LLC | Date of recording: Thursday, January 22, 2026 | Duration 00:14:50
    Speaker key provided by teacher: Speaker 1 = Mrs. Reyes-Whitfield; Speaker 2 = Maya G.; Speaker 3 = Elijah B.; Speaker 4 = Kit O.; Speaker 5 = Sam H. (Mr. Raman’s class)
    Speaker 1 (Mrs. Reyes-Whitfield): Our question: should Harlow build the wind farm on the ridge? You have the data packet. Who wants to start?
    Speaker 2 (Maya G.): I will. The packet says the turbines would power about 9,000 homes, which is more than half the town. But the bird study on page 4 only lasted one spring. I don’t think one spring is enough to know.
    Speaker 3 (Elijah B.): Yeah but we need the energy though. The coal plant is worse for birds, probably.
    Speaker 2 (Maya G.): Probably? Is that in the packet?
    Speaker 3 (Elijah B.): No. I mean, I think so. I’m not sure. Okay I’ll find it.
    Speaker 4 (Kit O.): Can I say something about the map? The ridge is where the hiking trail is. My family goes there every weekend. So, I don’t know, I’m biased, I should say that.
    Speaker 5 (Sam H.): In our math class we calculated the payback time for solar panels and it was like eight years. Does the packet have that for wind?
    Speaker 1 (Mrs. Reyes-Whitfield): Good question, Sam. Page 6.
    Speaker 5 (Sam H.): Okay so 11 years. That’s long but the turbines last like 25.
    Speaker 3 (Elijah B.): Found it. Page 7 says coal plants kill more birds per unit of energy. So I was right, kind of. [laughter]
    Speaker 4 (Kit O.): What if they put it on the east side instead, by the quarry? Nobody hikes there and it’s already, like, ruined.
    Speaker 2 (Maya G.): Ooh. That’s smart. Does the wind data cover the quarry though?
    Speaker 4 (Kit O.): I don’t know. That’s the problem, we only have the ridge data.
    Speaker 1 (Mrs. Reyes-Whitfield): Two minutes. Closing statements, please.
    Speaker 3 (Elijah B.): I’m for it. But I’m changing my reason. It’s not “we need energy,” it’s that the other options are worse for the same birds.
    Speaker 2 (Maya G.): I’m for it only if they do a longer bird study first.
    """,
    [
        ("S309", GD, "2026-01-22", "seminar; Speaker N (Name): format; 'Maya G.'"),
        ("S310", GD, "2026-01-22", "'Elijah B.'"),
        ("S311", GD, "2026-01-22", "'Kit O.'"),
        ("S314", GD, "2026-01-22", "student from Mr. Raman's class"),
    ],
    [
        (
            "S309",
            "Critical Thinking",
            A,
            "But the bird study on page 4 only lasted one spring. I don’t think one spring is enough to know.",
        ),
        (
            "S309",
            "Responsible Decision-Making",
            P,
            "I’m for it only if they do a longer bird study first.",
        ),
        (
            "S310",
            "Critical Thinking",
            D,
            "No. I mean, I think so. I’m not sure. Okay I’ll find it.",
        ),
        (
            "S310",
            "Cognitive Flexibility",
            P,
            "But I’m changing my reason. It’s not “we need energy,” it’s that the other options are worse for the same birds.",
        ),
        ("S311", "Self-Awareness", P, "So, I don’t know, I’m biased, I should say that."),
        (
            "S311",
            "Creativity & Innovation",
            P,
            "What if they put it on the east side instead, by the quarry?",
        ),
        (
            "S314",
            "Working Memory",
            A,
            "In our math class we calculated the payback time for solar panels and it was like eight years. Does the packet have that for wind?",
        ),
    ],
    core={
        "title": "Transcript - P4 seminar",
        "author": "Verbatim Partners",
        "created": "2026-01-23",
    },
)

add(
    "u_05.docx",
    """
    # Observation Notes
    Student: Elijah “Eli” Brooks
    Activity: Density lab (stations), groups of 3
    Eli’s group was assigned to measure five objects. He read the procedure card once, then did not look at it again — and his group’s data table was complete and correct, with units. He reminded Kit to zero the scale before each measurement.
    When the graduated cylinder cracked, he didn’t freeze or get upset; he told me right away and suggested they use the displacement method with the beaker instead, since the beaker has markings. It worked, though less precise, and he noted that in the error section on his own.
    He finished early and started on the extension question without asking.
    Area for growth: during clean-up he took over the whole sink and told Maya she was “doing it wrong.” She walked away. I talked with him afterwards; he said he “just wanted it done fast.”
    Ratings:
    • Working Memory — Proficient
    • Cognitive Flexibility — Advanced
    • Self-Management — Proficient
    • Task Initiation — Proficient
    • Collaboration — Developing
    """,
    [
        (
            "S310",
            TO,
            "2026-03-03",
            "date only in the Word page header ('Mar 3'); classmates only mentioned",
        )
    ],
    [
        (
            "S310",
            "Working Memory",
            P,
            "He read the procedure card once, then did not look at it again — and his group’s data table was complete and correct, with units.",
        ),
        (
            "S310",
            "Cognitive Flexibility",
            A,
            "suggested they use the displacement method with the beaker instead, since the beaker has markings",
        ),
        ("S310", "Self-Management", P, "he didn’t freeze or get upset; he told me right away"),
        (
            "S310",
            "Task Initiation",
            P,
            "He finished early and started on the extension question without asking.",
        ),
        (
            "S310",
            "Collaboration",
            D,
            "during clean-up he took over the whole sink and told Maya she was “doing it wrong.”",
        ),
    ],
    core={
        "title": "Observation Notes",
        "author": "Paloma Reyes-Whitfield",
        "created": "2026-03-03",
    },
    docx_header="P. Reyes-Whitfield · Science 8 · Mar 3",
)

add(
    "scan5.pdf",
    """
    Kit was in charge of the materials kit for her group today. She checked every item against the list before the lab started and found the missing thermometer before anyone needed it.

    When Rashad, who was visiting from Mr. Raman's class for the cross-class build day, couldn't get the circuit to work, Kit didn't just fix it for him. She asked him to walk her through what he had tried, then pointed at the loose wire and let him find it.

    She is still quiet in whole-class discussion. When I called on her she said "I don't know" and then, after wait time, gave a correct and detailed explanation of series vs parallel circuits.

    Her lab notebook has a table of contents she made herself, with tabs for each unit. Two other students have copied the idea.

    Rating summary: Organization A, Relationship Skills A, Communication D, Planning & Prioritization P
    """,
    [("S311", TO, "2026-03-10", "'kit' also a common noun; Rashad only mentioned; letter ratings")],
    [
        (
            "S311",
            "Organization",
            A,
            "Her lab notebook has a table of contents she made herself, with tabs for each unit. Two other students have copied the idea.",
        ),
        (
            "S311",
            "Relationship Skills",
            A,
            "Kit didn't just fix it for him. She asked him to walk her through what he had tried, then pointed at the loose wire and let him find it.",
        ),
        (
            "S311",
            "Communication",
            D,
            'When I called on her she said "I don\'t know" and then, after wait time, gave a correct and detailed explanation of series vs parallel circuits.',
        ),
        (
            "S311",
            "Planning & Prioritization",
            P,
            "She checked every item against the list before the lab started and found the missing thermometer before anyone needed it.",
        ),
    ],
    pdf_meta={"creator": "Microsoft Word"},
    pdf_header="03/10/2026",
    pdf_page1="Science 8 - Reyes-Whitfield - Observation\nStudent: Katherine Olsen (goes by Kit)",
)

add(
    "message (5).txt",
    """
    Subject: Re: Science fair topic
    From: Rosa Gutierrez <rosa.g@mailbox.example>
    To: "Paloma Reyes-Whitfield" <paloma.reyes-whitfield@tuning2.example>
    Date: Wed, 28 Jan 2026 19:20:44 -0700

    Hola Sra. Reyes,

    Thank you for explaining the project. Maya has already started — she made a schedule on the fridge with the weeks until the fair and what she has to do each week, and she put a "backup week" at the end in case something goes wrong. I did not tell her to do that!

    She is worried about one thing: she wants to test the water from our well and from the city, but she read online that the home test strips are not accurate. She found a study comparing them with a lab and wants to know if she can use the university's lab results as a check. I told her to ask you.

    Also she has been helping her little cousin with his math every afternoon, very patient with him.

    Con cariño,
    Rosa Gutierrez
    Maya's mom
    505-555-0143

    > On Jan 27, 2026, at 4:05 PM, Paloma Reyes-Whitfield wrote:
    >
    > Dear families, science fair projects are due March 20. Please help
    > your student choose a question they can test at home. Maya's proposal
    > is due Friday.
    """,
    [
        (
            "S309",
            PN,
            "2026-01-28",
            "first name only in body; surname in signature and teacher resolve the two Mayas",
        )
    ],
    [
        (
            "S309",
            "Planning & Prioritization",
            A,
            'she put a "backup week" at the end in case something goes wrong. I did not tell her to do that!',
        ),
        (
            "S309",
            "Critical Thinking",
            P,
            "she read online that the home test strips are not accurate. She found a study comparing them with a lab",
        ),
        (
            "S309",
            "Relationship Skills",
            P,
            "she has been helping her little cousin with his math every afternoon, very patient with him.",
        ),
    ],
)

add(
    "typed_0211.txt",
    """
    Science Journal – Elijah B. – 2.11.26

    Mrs. R-W’s prompt: Describe a time this unit when you worked with someone whose ideas were different from yours.

    When me and Maya did the density lab she wanted to re-measure everything 3 times and I thought it was a waste of time. I said “it’s fine” and did it my way. Later our numbers for the rock were off and hers were right. I was wrong about that.

    Mrs. R-W’s prompt: How do you feel when a group doesn’t go your way? What do you do?

    Honestly I get frustrated fast and I take over. I know I do it. I told Maya sorry on Friday. Now I try to ask “what do you think we should do” before I just start. I did it twice this week.

    Mrs. R-W’s prompt: Set one goal.

    Let other people hold the equipment at least half the time.
    """,
    [
        (
            "S310",
            RJ,
            "2026-02-11",
            "Windows-1252, curly quotes; date 2.11.26 is Feb 11; Maya only mentioned",
        )
    ],
    [
        (
            "S310",
            "Self-Awareness",
            P,
            "Honestly I get frustrated fast and I take over. I know I do it.",
        ),
        (
            "S310",
            "Collaboration",
            D,
            "Now I try to ask “what do you think we should do” before I just start. I did it twice this week.",
        ),
        ("S310", "Relationship Skills", D, "I told Maya sorry on Friday."),
    ],
    encoding="cp1252",
    crlf=True,
)

add(
    "ipad_0217.txt",
    """
    Peer tutoring log — Science 8 — Feb 17 (Tue)
    Recorded on classroom iPad, typed by PRW. KO = Kit Olsen (tutor), MG = Maya Gutierrez, PRW = me

    KO: So what's the first thing you do with an equation like this?
    MG: Count the atoms on each side? I always lose count with the oxygens though.
    KO: Yeah me too. I make a little table. Like, H on the left, H on the right. Want to try it?
    MG: Okay. So left side... 4 H, 2 O. Right side 2 H, 1 O.
    KO: Right. So what could you change?
    MG: Put a 2 in front of the water?
    KO: Try it and recount.
    MG: 4 H, 2 O. Oh, it works. Wait, why can't I just change the little number instead? The subscript?
    KO: Because then it's a different chemical. Like H2O2 is hydrogen peroxide, not water. You can't drink that.
    MG: Oh that's kind of scary. Okay that makes sense.
    PRW: Kit, nice job letting her do the counting.
    KO: Thanks. Maya, you can keep my table thing, I have extras.
    MG: Can I try the next one by myself and you check?
    """,
    [
        ("S311", PT, "2026-02-17", "tutor; initials as speaker labels"),
        ("S309", PT, "2026-02-17", "tutee"),
    ],
    [
        (
            "S311",
            "Communication",
            P,
            "Because then it's a different chemical. Like H2O2 is hydrogen peroxide, not water.",
        ),
        (
            "S311",
            "Relationship Skills",
            A,
            "Yeah me too. I make a little table. Like, H on the left, H on the right. Want to try it?",
        ),
        (
            "S309",
            "Critical Thinking",
            P,
            "Wait, why can't I just change the little number instead? The subscript?",
        ),
        ("S309", "Working Memory", D, "I always lose count with the oxygens though."),
        ("S309", "Task Initiation", P, "Can I try the next one by myself and you check?"),
    ],
)

add(
    "u_06.docx",
    """
    So my question was: does the color of a roof change how hot the attic gets? I got the idea because our attic is super hot and my dad said we should paint the roof white, and my mom said that’s a myth.
    I built four model houses out of cardboard, same size, and painted the roofs black, white, gray, and silver. I put a thermometer inside each one and left them in the sun from 11 to 2 on three different days.
    The white roof was coolest every day, about 9 degrees cooler than the black one. The silver was almost the same as white.
    One problem: on the second day it got cloudy at 12:30, so I marked that data and I’m not counting it in the average. I also only had cardboard, and real roofs are shingles, so I can’t say for sure it works the same on a real house.
    If I did it again I would use real shingle pieces, and I’d test more than four, like different shades of gray, to see where it changes.
    Also, I found out some cities actually require white roofs now, like Los Angeles I think, because of heat islands. So this is kind of a big deal for climate.
    That’s it. Questions?
    [Question from the audience: how did you keep them the same?]
    I used the same tape and the same cardboard box brand and put them all facing south.
    """,
    [("S310", PP, "2026-03-17", "no speaker labels; presenter only in Word page header")],
    [
        (
            "S310",
            "Communication",
            P,
            "So my question was: does the color of a roof change how hot the attic gets?",
        ),
        (
            "S310",
            "Critical Thinking",
            P,
            "I also only had cardboard, and real roofs are shingles, so I can’t say for sure it works the same on a real house.",
        ),
        (
            "S310",
            "Creativity & Innovation",
            P,
            "If I did it again I would use real shingle pieces, and I’d test more than four, like different shades of gray, to see where it changes.",
        ),
        (
            "S310",
            "Global Awareness",
            D,
            "some cities actually require white roofs now, like Los Angeles I think, because of heat islands. So this is kind of a big deal for climate.",
        ),
    ],
    core={
        "title": "Science fair practice",
        "author": "Paloma Reyes-Whitfield",
        "created": "2026-03-17",
    },
    docx_header="Practice presentation — Elijah Brooks — 3/17/2026",
)

add(
    "quick note.txt",
    """
    lunch bunch 3/5 -- Maya was amazing today with the new kid, sat with him, introduced him to everyone, showed him how the lunch line works. Asked me afterwards if she could be a "buddy" for new students officially. Follow up w/ counselor?
    """,
    [
        (
            "ASK",
            TO,
            "2026-03-05",
            "first name only, no author or class; two students share this first name",
        )
    ],
    [],
)

add(
    "scan6.pdf",
    """
    Kit led the conference from her portfolio. She opened with her goal from January (speak in class at least once a week) and showed her tally sheet: 9 of the last 10 weeks.

    She explained her science fair project (solar oven) to her parents without notes, and when her dad asked a question she didn't know, she said she would look it up and wrote it in her planner.
    <<PAGEBREAK>>
    Parents' comments: Mom said Kit has been "running the house calendar" for the family since January, including her brother's practices.

    Kit's next goal (her words): "I want to actually raise my hand, not wait to be called on. And maybe present at the district fair."

    Teacher note: Recommend her for the peer tutoring program next year; she already tutors in my class informally.
    """,
    [("S311", TO, "2026-03-19", "student-led conference; name and date only on page one")],
    [
        (
            "S311",
            "Self-Awareness",
            A,
            "She opened with her goal from January (speak in class at least once a week) and showed her tally sheet: 9 of the last 10 weeks.",
        ),
        (
            "S311",
            "Communication",
            P,
            "She explained her science fair project (solar oven) to her parents without notes",
        ),
        (
            "S311",
            "Planning & Prioritization",
            A,
            'Mom said Kit has been "running the house calendar" for the family since January, including her brother\'s practices.',
        ),
    ],
    pdf_page1=(
        "Student-Led Conference - Spring\n"
        'Katherine "Kit" Olsen, Grade 8 - Science (Mrs. Reyes-Whitfield)\n'
        "Thursday, March 19, 2026, 4:30 pm. Present: Kit, Mr. and Mrs. Olsen, P. Reyes-Whitfield"
    ),
)

add(
    "notes (7).md",
    """
    ## Exit tickets — Sci 8 P4 — Mar 24

    | Name | Response |
    |---|---|
    | Maya G | I still don't get why the moon has phases but not eclipses every month. Is it because the orbit is tilted? |
    | Eli B | I get it now. The model with the lamp helped. I was wrong before, I thought it was Earth's shadow. |
    | Kit O | Tilted orbit, 5 degrees. I explained it to Eli with the hula hoop. |
    """,
    [
        ("S309", RJ, "2026-03-24", "exit tickets as a markdown table"),
        ("S310", RJ, "2026-03-24", ""),
        ("S311", RJ, "2026-03-24", ""),
    ],
    [
        ("S309", "Critical Thinking", P, "Is it because the orbit is tilted?"),
        (
            "S310",
            "Cognitive Flexibility",
            P,
            "I was wrong before, I thought it was Earth's shadow.",
        ),
        ("S311", "Communication", P, "I explained it to Eli with the hula hoop."),
    ],
)

add(
    "notes (11).md",
    """
    ---
    type: journal
    name: Kit O.
    period: 4
    date: Feb. 24
    ---

    **Prompt:** This week you chose your science fair question. How did you decide? What are you worried about?

    I had three ideas: solar oven, which paper towel absorbs most, and plant music. I crossed out plant music because my sister did it and it didn't work. I picked the solar oven because I can actually use it for s'mores lol. I made a list of what I need and put the pizza box on my mom's shopping list.

    Worried: that it will be cloudy in March. I'm going to write down the weather each day and if it's cloudy I'll do the test at my grandma's because her backyard gets more sun.

    **Prompt:** What's one thing you want Mrs. R-W to know?

    I like that you don't make us share out loud every time. But I know I have to get better at it. I'm going to try to say one thing in seminar this week, even if it's small.
    """,
    [("S311", RJ, "2026-02-24", "YAML front matter, year missing from the date")],
    [
        (
            "S311",
            "Planning & Prioritization",
            A,
            "if it's cloudy I'll do the test at my grandma's because her backyard gets more sun",
        ),
        (
            "S311",
            "Critical Thinking",
            D,
            "I crossed out plant music because my sister did it and it didn't work.",
        ),
        (
            "S311",
            "Self-Awareness",
            A,
            "But I know I have to get better at it. I'm going to try to say one thing in seminar this week, even if it's small.",
        ),
    ],
)

# ---------------------------------------------------------------------------------------------
# T304 Mr. Raman, math 7/8: Rashad S312, Lily S313, Sam S314
# ---------------------------------------------------------------------------------------------

add(
    "Recording-20260211_141502.docx",
    """
    Math Help-20260211_141502-Meeting Recording
    February 11, 2026, 2:15PM
    6m 12s
    Raman, Dev   0:03
    Rashad, you’re with Lily for the proportions review. I’ll be at the back table.
    Coleman, Rashad   0:11
    Okay. Lily, which one are you stuck on?
    Tran, Lily   0:15
    Number six. The recipe one. I don’t even know where to start.
    Coleman, Rashad   0:21
    Okay so don’t start with the numbers. What’s the question asking? Read it out loud.
    Tran, Lily   0:27
    If 3 cups of flour make 24 cookies, how much flour for 40 cookies.
    Coleman, Rashad   0:34
    So what do you know? Make a table, cups on top, cookies on the bottom.
    Tran, Lily   0:52
    Three and twenty-four. And then question mark and forty.
    Coleman, Rashad   0:58
    Yeah. Now, how many cookies for one cup?
    Tran, Lily   1:09
    Eight! Oh. So forty divided by eight is five. Five cups.
    Coleman, Rashad   1:15
    See, you did it. You’re faster than me with division honestly.
    Tran, Lily   1:21
    Can we do seven the same way or is seven different?
    Coleman, Rashad   1:25
    Try it and tell me. I’m not gonna give it to you.
    Tran, Lily   1:50
    It’s different because it’s going down, not up. But I think the table still works.
    Raman, Dev   2:04
    Nice. Rashad, I like that you made her read it first.
    Coleman, Rashad   2:08
    That’s what you always make me do, so.
    """,
    [
        ("S312", PT, "2026-02-11", "Teams export, 'Last, First' speaker names; tutor"),
        ("S313", PT, "2026-02-11", "tutee"),
    ],
    [
        (
            "S312",
            "Relationship Skills",
            A,
            "See, you did it. You’re faster than me with division honestly.",
        ),
        (
            "S312",
            "Communication",
            P,
            "Okay so don’t start with the numbers. What’s the question asking? Read it out loud.",
        ),
        (
            "S313",
            "Task Initiation",
            D,
            "Number six. The recipe one. I don’t even know where to start.",
        ),
        (
            "S313",
            "Cognitive Flexibility",
            P,
            "It’s different because it’s going down, not up. But I think the table still works.",
        ),
    ],
    core={
        "title": "Math Help-20260211_141502-Meeting Recording",
        "author": "Microsoft Teams",
        "created": "2026-02-11",
    },
)

add(
    "notes (8).md",
    """
    **Teacher:** Mr. Raman
    **Student:** Sam Hirsch (gr. 8)
    **When:** Thu 2/26, math enrichment (mixed 7/8)
    **Context:** group project — designing a budget for a class trip

    **Notes**

    Sam volunteered to be the group's "project manager." He made a shared Google Sheet with tabs for each cost (bus, tickets, food), assigned one tab per person, and put due dates in the top row. Nobody asked him to.

    When the bus quote came back $300 over what they expected, the group panicked. Sam said, "Okay, so we have a plan B — what if we take the train and the museum has a group discount?" He had already looked up the train fares "just in case."

    He did talk over Lily twice when she was explaining her food estimate. When I caught his eye he stopped and said "sorry, go ahead." He didn't do it again the rest of the period.

    He spotted that one website listed ticket prices from 2019 and flagged it for the group.

    **Ratings**
    1. Planning & Prioritization — Advanced
    2. Organization — Advanced
    3. Digital Literacy — Proficient
    4. Inhibitory Control — Developing
    """,
    [("S314", TO, "2026-02-26", "bold headers and numbered rating list; Lily only mentioned")],
    [
        (
            "S314",
            "Planning & Prioritization",
            A,
            'He had already looked up the train fares "just in case."',
        ),
        (
            "S314",
            "Organization",
            A,
            "He made a shared Google Sheet with tabs for each cost (bus, tickets, food), assigned one tab per person, and put due dates in the top row. Nobody asked him to.",
        ),
        (
            "S314",
            "Digital Literacy",
            P,
            "He spotted that one website listed ticket prices from 2019 and flagged it for the group.",
        ),
        ("S314", "Inhibitory Control", D, "He didn't do it again the rest of the period."),
    ],
)

add(
    "message (6).txt",
    """
    From: Bernice Coleman <bcoleman54@mailbox.example>
    Sent: Thursday, April 2, 2026 7:14 PM
    To: Raman, Dev <dev.raman@tuning2.example>
    Subject: RE: Rashad tutoring

    Mr. Raman,

    I am Rashad's grandmother, he lives with me. Thank you for the kind words about his tutoring. I have to tell you he was not always like this. In 6th grade he would shut down if he didn't get something right the first time, he'd put his head down and that was the end of it. This year he sits at the kitchen table and works it out, and if he gets stuck he tries another way before he asks me. He didn't give up on that long division homework last week even when it took an hour.

    He told me he wants to be a teacher now. He said "Mr. Raman makes us explain our thinking and I like making other people explain theirs."

    One concern. He is spending a lot of time on his phone watching videos that say they will teach you to get rich with crypto. I told him half of that is lies. He says he checks the comments. I don't think that's enough.

    God bless,
    Bernice Coleman

    -----Original Message-----
    From: Raman, Dev
    Sent: Wednesday, April 1, 2026 3:55 PM
    To: Bernice Coleman
    Subject: Rashad tutoring

    Ms. Coleman, just a quick note to say Rashad has been an outstanding peer tutor this semester. He is patient and asks great questions. You should be proud.
    """,
    [("S312", PN, "2026-04-02", "grandmother's reply; teacher's original message quoted below")],
    [
        (
            "S312",
            "Self-Management",
            P,
            "He didn't give up on that long division homework last week even when it took an hour.",
        ),
        (
            "S312",
            "Cognitive Flexibility",
            P,
            "if he gets stuck he tries another way before he asks me",
        ),
        (
            "S312",
            "Self-Awareness",
            P,
            "Mr. Raman makes us explain our thinking and I like making other people explain theirs.",
        ),
        (
            "S312",
            "Digital Literacy",
            D,
            "He says he checks the comments. I don't think that's enough.",
        ),
    ],
)

add(
    "Document (2).docx",
    """
    # Math Reflection — Unit 5 (Proportions)
    Lily Tran · Mr. Raman · 3/12/2026
    ## 1. What strategy helped you most this unit? Why?
    The ratio table. Rashad showed me and at first I thought it was extra work but now I use it for everything, even the science density problems. I like it because I can see where the numbers go instead of keeping them all in my head.
    ## 2. Describe a time you were stuck. What did you do?
    On the quiz I got stuck on number 4 and I skipped it and came back, which I never used to do. Before, I would just sit there and stare at it until time ran out. I got it right when I came back.
    ## 3. How organized is your math binder right now? (1–5, explain)
    Like a 2. I lost my unit 4 notes and I keep putting worksheets in the wrong section. I’m going to ask Sam how he does his because his is perfect.
    ## 4. Goal for next unit
    Turn in every homework on the day it’s due. I missed three this unit.
    """,
    [("S313", RJ, "2026-03-12", "prompts as headings; Rashad and Sam only mentioned")],
    [
        (
            "S313",
            "Cognitive Flexibility",
            P,
            "now I use it for everything, even the science density problems",
        ),
        (
            "S313",
            "Self-Management",
            P,
            "On the quiz I got stuck on number 4 and I skipped it and came back, which I never used to do.",
        ),
        (
            "S313",
            "Organization",
            E,
            "I lost my unit 4 notes and I keep putting worksheets in the wrong section.",
        ),
        (
            "S313",
            "Planning & Prioritization",
            D,
            "Turn in every homework on the day it’s due. I missed three this unit.",
        ),
    ],
    core={"title": "Math reflection", "author": "Lily Tran", "created": "2026-03-12"},
)

add(
    "scan7.pdf",
    """
    # Problem of the Week #6 - Peer Review
    Author of solution: Rashad C.        Reviewer: Sam H.

    1. Is the answer correct? Yes / No / Not sure  -> Yes

    2. Is every step explained? Rashad explained every step except the jump from line 3 to line 4, where he divided both sides by 6 but didn't write it. Otherwise super clear, he even drew a picture of the tiles.

    3. Did the author try more than one method? Yes, he did guess-and-check first and then said it was too slow and switched to an equation. I would not have thought to compare them like that.

    4. One suggestion: Label your picture. I wasn't sure which tiles were x.

    5. Reviewer self-check: Did you give feedback you would want to get? Yes. I tried to be specific not just say "good job".
    """,
    [
        ("S312", PF, "2026-03-18", "author of the solution reviewed"),
        ("S314", PF, "2026-03-18", "reviewer"),
    ],
    [
        ("S312", "Communication", P, "Otherwise super clear, he even drew a picture of the tiles."),
        (
            "S312",
            "Cognitive Flexibility",
            P,
            "he did guess-and-check first and then said it was too slow and switched to an equation",
        ),
        (
            "S314",
            "Critical Thinking",
            P,
            "Rashad explained every step except the jump from line 3 to line 4, where he divided both sides by 6 but didn't write it.",
        ),
    ],
    pdf_meta={
        "title": "Peer Review Form",
        "author": "Dev Raman",
        "subject": "Algebra 8 - problem of the week",
        "creator": "Microsoft Word",
    },
    pdf_header="Algebra 8 | POW #6 peer review | 03/18/2026",
)

add(
    "notes (9).md",
    """
    # Math Club — Number Talk
    *Tues 3/31 · Mr. Raman · recorded & typed by Mr. R*

    Problem on board: 18 × 25 (no paper)

    **Mr. Raman:** Thumbs up when you have an answer. ... Okay, Sam?
    **Sam:** 450. I did 18 times 100 is 1800, divided by 4 is 450.
    **Mr. Raman:** Why divided by 4?
    **Sam:** Because 25 is a quarter of 100.
    **Lily:** I did it a different way. 20 times 25 is 500, minus 2 times 25 is 50, so 450.
    **Rashad:** I did 9 times 50. Because you can halve the 18 and double the 25.
    **Lily:** Wait, does that always work? Halving and doubling?
    **Rashad:** I think so? Let's test it. 4 times 6 is 24, 2 times 12 is 24. Yeah.
    **Sam:** It's because you're multiplying by 2 and dividing by 2, so it cancels. It's like times one.
    **Mr. Raman:** Lily, which strategy would you use next time?
    **Lily:** Rashad's. Mine had too many steps to hold in my head. I lost the 500 for a second.
    **Sam:** Can I try making one that breaks Rashad's way? Like with odd numbers?
    **Rashad:** Go ahead. 7 times 13. Halve 7, you get three and a half... so it still works but it's ugly.
    **Sam:** Okay so it works but it's not always the fastest. That's a better answer than "always."
    """,
    [
        ("S312", GD, "2026-03-31", "bold speaker labels"),
        ("S313", GD, "2026-03-31", ""),
        ("S314", GD, "2026-03-31", ""),
    ],
    [
        (
            "S314",
            "Critical Thinking",
            A,
            "Can I try making one that breaks Rashad's way? Like with odd numbers?",
        ),
        (
            "S314",
            "Communication",
            P,
            "It's because you're multiplying by 2 and dividing by 2, so it cancels. It's like times one.",
        ),
        ("S313", "Critical Thinking", P, "Wait, does that always work? Halving and doubling?"),
        (
            "S313",
            "Working Memory",
            D,
            "Mine had too many steps to hold in my head. I lost the 500 for a second.",
        ),
        (
            "S312",
            "Creativity & Innovation",
            P,
            "I did 9 times 50. Because you can halve the 18 and double the 25.",
        ),
        (
            "S312",
            "Critical Thinking",
            P,
            "I think so? Let's test it. 4 times 6 is 24, 2 times 12 is 24. Yeah.",
        ),
    ],
)

add(
    "audio_0407.txt",
    """
    Audio transcript - file "Group 3 (4).m4a" - 4/7/26
    Speaker identification: not available

    Student A: okay who has the calculator
    Student B: me. hold on. what's 15 percent of 80
    Student A: twelve
    Student C: how'd you get that so fast
    Student A: ten percent is eight, half of that is four, eight plus four
    Student C: oh that's cool. can you show me on the paper
    Student B: guys we have to finish the poster, we have like four minutes
    Student A: you do the title, I'll do the numbers, C can do the drawing
    """,
    [("ASK", GD, "2026-04-07", "speakers unidentified; no class or teacher named")],
    [],
)

add(
    "scan8.pdf",
    """
    # Exit Ticket - Percent Change
    Q: A $40 game is on sale for $30. What is the percent decrease? Explain how you know your answer is reasonable.

    Rashad Coleman: 25%. 10 is the change, 10/40 = 1/4 = 25%. It's reasonable because 10 is a quarter of 40. If I had divided by 30 by mistake I would get 33%, which is the most common mistake.

    Lily Tran: 25%. I used the ratio table again. I checked by doing 40 minus 25% of 40 = 30.

    Sam Hirsch: 33%?? no wait that's wrong, I divided by the new price. 25%. I'm writing "divide by the ORIGINAL" on my hand.
    """,
    [
        ("S312", RJ, "2026-04-09", "exit tickets; teacher only in PDF metadata"),
        ("S313", RJ, "2026-04-09", ""),
        ("S314", RJ, "2026-04-09", ""),
    ],
    [
        (
            "S312",
            "Critical Thinking",
            A,
            "If I had divided by 30 by mistake I would get 33%, which is the most common mistake.",
        ),
        ("S313", "Critical Thinking", P, "I checked by doing 40 minus 25% of 40 = 30."),
        ("S314", "Critical Thinking", P, "no wait that's wrong, I divided by the new price."),
    ],
    pdf_meta={"author": "Dev Raman", "creator": "Google Docs Renderer"},
    pdf_header="Math - 04/09/2026",
)

add(
    "u_08.txt",
    """
    Conf. w/ Mrs. Tran (via interpreter, Mr. Vo) -- Lily -- Fri, March 20
    DR

    - Mom worried Lily "is not good at math." Showed her the last 3 quizzes: 62, 74, 88. Big growth. Mom smiled.
    - Lily explained the ratio table to her mom in Vietnamese, without me asking, used her own example with phở recipe.
    - Concern: homework. Lily says she forgets which nights there's homework. We set up a reminder on the family tablet (Lily set it up herself in about 2 min, also showed mom how to see it).
    - Lily asked if she could join math club permanently. Yes.
    - Next check: after spring break.
    """,
    [("S313", TO, "2026-03-20", "parent conference notes, initials as author")],
    [
        (
            "S313",
            "Communication",
            P,
            "Lily explained the ratio table to her mom in Vietnamese, without me asking, used her own example with phở recipe.",
        ),
        (
            "S313",
            "Digital Literacy",
            P,
            "Lily set it up herself in about 2 min, also showed mom how to see it",
        ),
        ("S313", "Working Memory", D, "Lily says she forgets which nights there's homework."),
    ],
)


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_docx(d: Doc, path: Path) -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if not table_rows:
            return
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(table_rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        table_rows.clear()

    for line in d.text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                table_rows.append(cells)
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line[level:].strip(), level)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("**") and ":**" in line:
            key, rest = line[2:].split(":**", 1)
            para = document.add_paragraph()
            para.add_run(key + ":").bold = True
            para.add_run(rest)
        else:
            document.add_paragraph(line)
    flush_table()

    if d.docx_header:
        document.sections[0].header.paragraphs[0].text = d.docx_header
    props = document.core_properties
    props.title = d.core.get("title", "")
    props.author = d.core.get("author", "")
    props.last_modified_by = d.core.get("author", "")
    props.subject = d.core.get("subject", "")
    created = when(d.core.get("created", "2026-01-01"))
    props.created = created
    props.modified = created
    props.revision = 1
    document.save(str(path))


class _Pdf(FPDF):
    running_header = ""

    def header(self) -> None:
        if self.running_header:
            self.set_font("Helvetica", "", 9)
            self.cell(0, 6, self.running_header, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def write_pdf(d: Doc, path: Path, date: str) -> None:
    pdf = _Pdf(format="Letter")
    pdf.running_header = d.pdf_header
    pdf.set_auto_page_break(True, margin=20)
    meta = d.pdf_meta
    if meta.get("title"):
        pdf.set_title(meta["title"])
    if meta.get("author"):
        pdf.set_author(meta["author"])
    if meta.get("subject"):
        pdf.set_subject(meta["subject"])
    pdf.set_creator(meta.get("creator", ""))
    pdf.set_producer(meta.get("creator", "") or "Microsoft: Print To PDF")
    pdf.set_creation_date(when(date, 17))
    pdf.add_page()
    if d.pdf_page1:
        pdf.set_font("Helvetica", "B", 11)
        for line in d.pdf_page1.splitlines():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    for line in d.text.splitlines():
        if line.strip() == "<<PAGEBREAK>>":
            pdf.add_page()
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_text(d: Doc, path: Path) -> None:
    text = d.text.replace("\n", "\r\n") if d.crlf else d.text
    path.write_bytes(text.encode(d.encoding))


def main() -> None:
    names = [d.name for d in DOCS]
    assert len(names) == len(set(names)), "duplicate document name"
    (HERE / "roster").mkdir(exist_ok=True)
    with open(HERE / "roster" / "teachers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "email", "slack_user_id"])
        w.writerows(TEACHERS)
    with open(HERE / "roster" / "students.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "grade", "teacher_id", "nickname"])
        w.writerows(STUDENTS)

    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir()
    for d in DOCS:
        path = DOCS_DIR / d.name
        if path.suffix == ".docx":
            write_docx(d, path)
        elif path.suffix == ".pdf":
            write_pdf(d, path, d.truth[0][2])
        else:
            write_text(d, path)

    with open(HERE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["document", "student_id", "entry_type", "entry_date", "notes"])
        for d in DOCS:
            for sid, etype, date, notes in d.truth:
                w.writerow([d.name, sid, etype, date, notes])
    with open(HERE / "labelled_set.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["document", "student_id", "skill", "level", "quote"])
        for d in DOCS:
            for sid, skill, level, quote in d.labels:
                w.writerow([d.name, sid, skill, level, quote])
    n_truth = sum(len(d.truth) for d in DOCS)
    n_labels = sum(len(d.labels) for d in DOCS)
    print(f"{len(DOCS)} documents, {n_truth} truth rows, {n_labels} labels")


if __name__ == "__main__":
    main()
