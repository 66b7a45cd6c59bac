"""Build the tuning10 CHECK set deterministically: roster, documents, truth, labels.

Run: /work/main/.venv/bin/python mock_data/tuning10/build_set.py
Everything is written next to this file; rebuilding gives byte-identical output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
FIXED = dt.datetime(2026, 5, 22, 8, 0, 0)

TEACHERS = [
    ("T1101", "Dawn Haverkamp", "dhaverkamp@cedarbluffcsd.org", "U0T1101"),
    ("T1102", "Wade Lindqvist", "wlindqvist@cedarbluffcsd.org", "U0T1102"),
    ("T1103", "Renata Solberg", "rsolberg@cedarbluffcsd.org", "U0T1103"),
    ("T1104", "Tamsin Okafor", "tokafor@cedarbluffcsd.org", "U0T1104"),
]
STUDENTS = [
    ("S1101", "Kaylee Brandt-Ruiz", 7, "T1101", "Kay"),
    ("S1102", "Owen Tiedemann", 7, "T1101", ""),
    ("S1103", "Marisol Vega", 7, "T1101", ""),
    ("S1104", "Dalton Reece", 7, "T1101", ""),
    ("S1105", "Brody Kettleson", 8, "T1102", ""),
    ("S1106", "Jenna Ostrowski", 8, "T1102", ""),
    ("S1107", "Luis Carranza-Mejía", 8, "T1102", "Lucho"),
    ("S1108", "Hadley Fenstermaker", 8, "T1102", ""),
    ("S1109", "Owen Pruitt", 6, "T1103", ""),
    ("S1110", "Ava-Grace Mueller", 6, "T1103", "AG"),
    ("S1111", "Tucker Dahlgren", 6, "T1103", "Tuck"),
    ("S1112", "Nevaeh Sorensen", 6, "T1103", ""),
    ("S1113", "Jaxon Whitebird", 8, "T1104", "Jax"),
    ("S1114", "Emma Lindholm", 7, "T1104", ""),
    ("S1115", "Kaylee Boettcher", 6, "T1104", ""),
    ("S1116", "Caden Reyes-Hartmann", 7, "T1104", "CJ"),
]

DOCS_SPEC: list[dict] = []


def D(name, fmt, teacher, etype, date, rows, body, labels, **kw):
    """Register one document. rows: [(student_id, notes)]; labels: [(sid, skill, level, quote)]."""
    DOCS_SPEC.append(
        dict(name=name, fmt=fmt, teacher=teacher, etype=etype, date=date, rows=rows,
             body=body, labels=labels, **kw)
    )


GD, PT, PP = "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript"
RJ, PF, TO, PN = "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"

# ----------------------------------------------------------------------------------------------
# T1101 Mrs. Haverkamp, ELA 7
# ----------------------------------------------------------------------------------------------
D("Lit Circle 9-18 Hatchet.txt", "txt", "T1101", GD, "2025-09-18",
  [("S1101", ""), ("S1102", ""), ("S1103", ""), ("S1104", "")],
  """Lit Circle - Hatchet ch. 5-8   (typed from my phone recording)
Group 3, 9/18

Mrs. H: Okay discussion director, you're up. Who has it this week?
Marisol: Me. Um so my question is why does Brian keep thinking about the Secret when he should be like, worried about food.
Dalton: Because he's mad at his mom. Duh.
Kay: Don't say duh, Dalton. It's a real question.
Dalton: Whatever. Can I go get a drink
Mrs. H: After we finish this round. Owen, you had connector.
Owen: Yeah. I connected it to when my grandpa got lost deer hunting, he said he couldn't stop thinking about dumb stuff, like if he left the truck unlocked. So I think your brain just does that when you're scared.
Marisol: Oh that's actually a good point. So maybe the Secret is like his brain's way of not thinking about dying?
Kay: I think it's both. He's mad AND it's a distraction. On page 62 it says he "couldn't stop the memory," so it's not like he wants to think about it.
Dalton: I didn't read page 62 yet.
Mrs. H: That's okay, what did you read?
Dalton: Like up to the part with the foolbirds. I forgot my book at my dad's.
Owen: You can look at mine.
Kay: Wait can I add one more thing, I want to ask Marisol what she thinks the Secret even is, because we don't actually know yet.
Marisol: I think his mom is cheating? But I don't want to say it like for sure.
""",
  [
      ("S1103", "Critical Thinking", "Developing", "So maybe the Secret is like his brain's way of not thinking about dying?"),
      ("S1104", "Inhibitory Control", "Emerging", "Whatever. Can I go get a drink"),
      ("S1104", "Organization", "Emerging", "I forgot my book at my dad's."),
      ("S1102", "Social Awareness", "Proficient", "So I think your brain just does that when you're scared."),
      ("S1102", "Collaboration", "Developing", "You can look at mine."),
      ("S1101", "Critical Thinking", "Proficient", "On page 62 it says he \"couldn't stop the memory,\" so it's not like he wants to think about it."),
      ("S1101", "Relationship Skills", "Proficient", "I want to ask Marisol what she thinks the Secret even is, because we don't actually know yet."),
  ], crlf=True)

D("Haverkamp_obs_Oct.docx", "docx", "T1101", TO, "2025-10-07",
  [("S1102", ""), ("S1103", "")],
  dict(title="Observation notes - October", author="Dawn Haverkamp",
       paras=[
           ("h1", "ELA 7 - Observation Notes"),
           ("p", "Tues. Oct. 7th, 3rd hour (argument writing workshop)"),
           ("h2", "Owen T."),
           ("p", "Owen had his outline, his draft, and the source packet out before the bell and started without me saying a word."),
           ("p", "When his partner was stuck he pointed to his own outline and said, \"just do a claim first, then we'll find proof.\""),
           ("h2", "Marisol V."),
           ("p", "Marisol had three tabs open and could tell me which site was an ad and which was the actual study."),
           ("p", "She still waited about ten minutes before starting the body paragraph and needed me to sit with her to get going."),
           ("table", [["Student", "Skill watched", "Rating"],
                      ["Owen T.", "Task Initiation", "P"],
                      ["Owen T.", "Collaboration", "P"],
                      ["Marisol V.", "Digital Literacy", "P"],
                      ["Marisol V.", "Task Initiation", "D"]]),
           ("p", "Rating: see table. Follow up w/ Marisol on a start-up routine."),
       ]),
  [
      ("S1102", "Task Initiation", "Proficient", "Owen had his outline, his draft, and the source packet out before the bell and started without me saying a word."),
      ("S1102", "Collaboration", "Proficient", "When his partner was stuck he pointed to his own outline and said, \"just do a claim first, then we'll find proof.\""),
      ("S1103", "Digital Literacy", "Proficient", "Marisol had three tabs open and could tell me which site was an ad and which was the actual study."),
      ("S1103", "Task Initiation", "Developing", "She still waited about ten minutes before starting the body paragraph and needed me to sit with her to get going."),
  ])

D("journal wk 6 - Marisol.md", "md", "T1101", RJ, "2025-09-26",
  [("S1103", "")],
  """# Journal - Week 6
**Marisol Vega** · Friday 9/26

> **Prompt:** Think about a time this week you felt frustrated. What did you do with that feeling?

I felt frustrated on Wednesday when my group picked the topic I didnt want (school uniforms, SO boring). I didnt say anything I just kind of shut down and let Kay do the talking. I think I was more embarrassed then mad because I said my idea and nobody even answered.

> **Prompt:** What could you try next time?

Next time I could say "can we at least vote" instead of going quiet. My mom says I go quiet when I'm upset and she's kind of right.

> **Prompt:** One goal for next week

Start my paragraph in the first 5 min
""",
  [
      ("S1103", "Self-Awareness", "Proficient", "I think I was more embarrassed then mad because I said my idea and nobody even answered."),
      ("S1103", "Collaboration", "Emerging", "I didnt say anything I just kind of shut down and let Kay do the talking."),
      ("S1103", "Communication", "Developing", "Next time I could say \"can we at least vote\" instead of going quiet."),
  ])

D("exit ticket Dalton.txt", "txt", "T1101", RJ, "2025-10-07",
  [("S1104", "")],
  """EXIT TICKET   10/7/25
Name: Dalton R

1. What is one thing you got done today?
i wrote my claim. thats it

2. What got in your way?
honestly me. i kept talking to Gage and then it was over. and i didnt have a pencil

3. What will you do different tomorrow?
sit by the window not by Gage
""",
  [
      ("S1104", "Self-Awareness", "Developing", "honestly me. i kept talking to Gage and then it was over."),
      ("S1104", "Self-Management", "Developing", "sit by the window not by Gage"),
  ])

D("Peer Review - Persuasive Essay (Kay for Owen).docx", "docx", "T1101", PF, "2025-10-23",
  [("S1101", "wrote the feedback"), ("S1102", "his essay is the work reviewed")],
  dict(title="Peer Review Form", author="Dawn Haverkamp",
       paras=[
           ("h1", "Peer Review: Persuasive Essay"),
           ("table", [["Reviewer", "Kaylee Brandt-Ruiz"], ["Writer", "Owen Tiedemann"], ["Date", "Thursday, October 23"]]),
           ("h2", "Glow (what's working)"),
           ("p", "Your hook about the bus ride is really good, it made me want to keep reading. You never gave up on your argument even when you talked about the other side, you explained why they're wrong instead of just saying it."),
           ("h2", "Grow (what to work on)"),
           ("p", "Your second paragraph has a fact about phones but I couldn't tell where it came from. Maybe put the website or who said it? Also I would switch paragraph 2 and 3 because 3 is your strongest and it would flow better."),
           ("h2", "Question for the writer"),
           ("p", "Do you think a 6th grader would agree with you? Because they are the ones who ride the bus the longest."),
       ]),
  [
      ("S1101", "Communication", "Proficient", "You never gave up on your argument even when you talked about the other side, you explained why they're wrong instead of just saying it."),
      ("S1101", "Critical Thinking", "Proficient", "Your second paragraph has a fact about phones but I couldn't tell where it came from. Maybe put the website or who said it?"),
      ("S1101", "Social Awareness", "Advanced", "Do you think a 6th grader would agree with you? Because they are the ones who ride the bus the longest."),
  ])

D("GMT20260122-183005_Recording.transcript.vtt", "vtt", "T1101", GD, "2026-01-22",
  [("S1101", ""), ("S1102", ""), ("S1103", "")],
  [
      ("00:00:02.100", "00:00:06.400", "Dawn Haverkamp: Okay, we're recording. Giver group, go ahead whenever you're ready."),
      ("00:00:07.000", "00:00:14.900", "Marisol Vega: So I'll start. I changed my mind about the Sameness since last time. I used to think it was fine cause nobody gets hurt."),
      ("00:00:15.200", "00:00:24.800", "Marisol Vega: But now I think it's worse, because they don't even know what they're missing, and that's kind of like people who never leave here, no offense."),
      ("00:00:25.300", "00:00:29.000", "Owen Tiedemann: Some taken. My whole family's from here."),
      ("00:00:29.600", "00:00:38.700", "Marisol Vega: No I mean like, not knowing other places exist. Not that here is bad. Sorry, I said that wrong."),
      ("00:00:39.100", "00:00:50.500", "Kaylee Brandt-Ruiz: Can we make sure Owen gets to do his part? He's the summarizer and we kind of skipped him last time."),
      ("00:00:51.000", "00:01:04.200", "Owen Tiedemann: Thanks. Okay so in chapter 13 Jonas sees color for the first time with Fiona's hair, and then the Giver gives him the memory of war, and that's the part where he decides the rules are wrong."),
      ("00:01:04.800", "00:01:12.300", "Kaylee Brandt-Ruiz: I'm going to be honest I didn't finish chapter 14 so I'll just listen on that part."),
      ("00:01:12.900", "00:01:24.000", "Owen Tiedemann: I wrote down three things on a sticky note so I wouldn't forget them. One, the sled. Two, the war memory. Three, the release of the twin."),
      ("00:01:24.500", "00:01:29.800", "Dawn Haverkamp: Marisol, how does that connect to your question?"),
      ("00:01:30.200", "00:01:44.000", "Marisol Vega: It's like, they chose no pain but they also chose no choices. So maybe some countries that have really strict governments, people say they're safe but they don't get to pick anything."),
  ],
  [
      ("S1103", "Cognitive Flexibility", "Proficient", "I changed my mind about the Sameness since last time. I used to think it was fine cause nobody gets hurt."),
      ("S1103", "Social Awareness", "Developing", "No I mean like, not knowing other places exist. Not that here is bad. Sorry, I said that wrong."),
      ("S1103", "Global Awareness", "Developing", "So maybe some countries that have really strict governments, people say they're safe but they don't get to pick anything."),
      ("S1101", "Collaboration", "Advanced", "Can we make sure Owen gets to do his part? He's the summarizer and we kind of skipped him last time."),
      ("S1101", "Planning & Prioritization", "Developing", "I'm going to be honest I didn't finish chapter 14 so I'll just listen on that part."),
      ("S1102", "Working Memory", "Proficient", "I wrote down three things on a sticky note so I wouldn't forget them."),
      ("S1102", "Communication", "Proficient", "Okay so in chapter 13 Jonas sees color for the first time with Fiona's hair, and then the Giver gives him the memory of war, and that's the part where he decides the rules are wrong."),
  ])

D("Student-Led Conference - Kaylee B-R.pdf", "pdf", "T1101", TO, "2026-03-12",
  [("S1101", "")],
  dict(title="Student-Led Conference Write-up", author="Dawn Haverkamp",
       header="Cedar Bluff CMS - ELA 7 - Spring Student-Led Conferences",
       lines=[
           "Student: Kaylee Brandt-Ruiz (Kay)      Attending: mom (Ms. Ruiz), stepdad",
           "Date: March 12, 2026",
           "",
           "Kay ran the whole conference from her portfolio without looking at me for help, and she kept it to the 15 minutes on her own by checking the clock.",
           "She told her mom that in the fall she used to wait until the night before, and now she breaks essays into three days on her planner.",
           "When her stepdad asked about the D on the vocabulary quiz, she did not get defensive; she said she rushed it because she wanted to get to lunch and that she retook it.",
           "She explained that her lit circle group listens to her more now because she asks questions instead of telling people they're wrong.",
           "Her goal for 4th quarter, in her words: 'I want to read one book that isn't fantasy and actually finish it.'",
           "",
           "Skills discussed: Planning & Prioritization, Self-Awareness, Relationship Skills",
       ]),
  [
      ("S1101", "Communication", "Advanced", "Kay ran the whole conference from her portfolio without looking at me for help, and she kept it to the 15 minutes on her own by checking the clock."),
      ("S1101", "Planning & Prioritization", "Proficient", "She told her mom that in the fall she used to wait until the night before, and now she breaks essays into three days on her planner."),
      ("S1101", "Self-Awareness", "Proficient", "she said she rushed it because she wanted to get to lunch and that she retook it."),
      ("S1101", "Relationship Skills", "Advanced", "She explained that her lit circle group listens to her more now because she asks questions instead of telling people they're wrong."),
  ])

D("Marisol_Vega_bookcast_final.txt", "txt", "T1101", PP, "2026-02-10",
  [("S1103", "presenter; no speaker labels")],
  """Bookcast transcript - Marisol - 2/10

Hi, this is my bookcast on Inside Out and Back Again by Thanhha Lai. I picked this book because my tía came here from Guatemala when she was eleven and I wanted to see if it was the same.

So the book is written in poems, which I didn't think I would like, but it's actually faster to read. Hà moves from Vietnam to Alabama and the kids are mean to her because of how she talks.

One thing I noticed is that the war in Vietnam isn't just in the history part, it changes everything about her life, like what she eats and if she has friends. I compared it with an article from the school database about refugees now, and a lot is the same, like learning English and being lonely.

I made the background music myself on GarageBand on the library Chromebook. I tried three different songs and asked Kay which one fit better.

Um, that's it. Oh, and I'd give it four out of five stars because the ending was kind of rushed. Okay, thanks.
""",
  [
      ("S1103", "Global Awareness", "Proficient", "I compared it with an article from the school database about refugees now, and a lot is the same, like learning English and being lonely."),
      ("S1103", "Creativity & Innovation", "Proficient", "I made the background music myself on GarageBand on the library Chromebook. I tried three different songs and asked Kay which one fit better."),
      ("S1103", "Communication", "Developing", "Um, that's it. Oh, and I'd give it four out of five stars because the ending was kind of rushed."),
  ])

D("Re_ Owen's reading log.eml", "eml", "T1101", PN, "2025-10-15",
  [("S1102", "")],
  dict(headers=[("From", "Lisa Tiedemann <lisa.tiedemann72@gmail.com>"),
                ("To", "Dawn Haverkamp <dhaverkamp@cedarbluffcsd.org>"),
                ("Subject", "Re: Owen's reading log"),
                ("Date", "Wed, 15 Oct 2025 20:14:37 -0500"),
                ("Message-ID", "<CAF8x1Tiedemann.20251015@mail.gmail.com>")],
       text="""Hi Mrs. Haverkamp,

Thanks for letting us know. We were surprised too. Owen has been reading every night, he just hasn't been writing it down because he says the log is "pointless." I told him it isn't his call.

He's been reading a hunting book his grandpa gave him and he tells us about it at supper, so the reading is happening. He got really into explaining to his little sister why you don't shoot a doe with fawns, which I thought was a pretty grown-up way to think about it.

We'll have him fill the log out at the table before he goes upstairs. Let me know if it doesn't turn around.

Lisa Tiedemann (Owen's mom)

On Tue, Oct 14, 2025 at 3:41 PM Dawn Haverkamp <dhaverkamp@cedarbluffcsd.org> wrote:
> Hello Tiedemann family,
> I wanted to give you a heads up that Owen's reading log has been blank
> for three weeks. He's doing well in class discussions, so I think it's
> the log itself and not the reading. Could you check in with him?
> Thanks, Dawn Haverkamp
"""),
  [
      ("S1102", "Organization", "Emerging", "Owen has been reading every night, he just hasn't been writing it down because he says the log is \"pointless.\""),
      ("S1102", "Responsible Decision-Making", "Proficient", "He got really into explaining to his little sister why you don't shoot a doe with fawns, which I thought was a pretty grown-up way to think about it."),
  ])

D("Dalton journal Nov.docx", "docx", "T1101", RJ, "2025-11-17",
  [("S1104", "")],
  dict(title="Reflection Journal", author="Dalton Reece",
       paras=[
           ("h1", "Reflection Journal"),
           ("p", "Dalton Reece - Monday, November 17"),
           ("p", "PROMPT: Look back at your first quarter grade. What do you notice?"),
           ("p", "I got a D+ in ELA and my dad was pretty mad. I noticed its mostly missing stuff not like bad grades on the stuff I turned in. I turn things in to the basket and then I forget if I did."),
           ("p", "PROMPT: What is one system that could help?"),
           ("p", "Mrs H said I could take a picture of everything before I turn it in. I did that like 4 times this week and it actually worked I can check my phone."),
           ("p", "PROMPT: How do you feel about second quarter?"),
           ("p", "kind of nervous but also I think I can get a C. I need fewer reminders now for the starting part, its more the finishing part I mess up."),
       ]),
  [
      ("S1104", "Self-Awareness", "Proficient", "I noticed its mostly missing stuff not like bad grades on the stuff I turned in."),
      ("S1104", "Organization", "Developing", "Mrs H said I could take a picture of everything before I turn it in. I did that like 4 times this week and it actually worked I can check my phone."),
      ("S1104", "Task Initiation", "Developing", "I need fewer reminders now for the starting part, its more the finishing part I mess up."),
  ])

D("obs notes 4.28.txt", "txt", "T1101", TO, "2026-04-28",
  [("S1104", ""), ("S1101", "")],
  """Obs notes – typed from my clipboard – 4/28

Dalton – research project day 3. Dalton set a timer on his Chromebook for 20 min “work sprints” and told the kids at his table to quit talking to him until it went off. That was his idea, not mine.
He did fall apart when the library Wi-Fi went down; he said “well now I can’t do anything” and put his head down for the rest of the period.

Kay – she noticed Dalton shut down and went over and showed him he could write his notes on paper and type them later. He got back to work.
Kay’s sources: she pulled up two articles that disagreed about wind turbines and said “they’re both kind of right, it depends who owns the land.”

Skills: Inhibitory Control, Cognitive Flexibility, Relationship Skills, Critical Thinking
""",
  [
      ("S1104", "Inhibitory Control", "Advanced", "Dalton set a timer on his Chromebook for 20 min “work sprints” and told the kids at his table to quit talking to him until it went off."),
      ("S1104", "Cognitive Flexibility", "Emerging", "He did fall apart when the library Wi-Fi went down; he said “well now I can’t do anything” and put his head down for the rest of the period."),
      ("S1101", "Relationship Skills", "Advanced", "she noticed Dalton shut down and went over and showed him he could write his notes on paper and type them later."),
      ("S1101", "Critical Thinking", "Advanced", "she pulled up two articles that disagreed about wind turbines and said “they’re both kind of right, it depends who owns the land.”"),
  ], encoding="cp1252", crlf=True)

D("exit tickets 12-3.md", "md", "T1101", RJ, "2025-12-03",
  [("S1102", ""), ("S1103", ""), ("S1104", "")],
  """## Exit tickets — Wed 12/3 (narrative writing, day 2)

Prompt on the board: *Rate your focus 1-5 and tell me why.*

- **Owen:** 4. I got my whole rough draft of the opening but I kept looking at the clock because of basketball.
- **Marisol:** 5!! I started right away today. I used the timer thing Mrs. H gave me and I wrote a page and a half.
- **Dalton:** 2 I was kind of mad about something at lunch so I couldn't really think. I'm ok now though
- **Gage:** 3
""",
  [
      ("S1102", "Inhibitory Control", "Developing", "I got my whole rough draft of the opening but I kept looking at the clock because of basketball."),
      ("S1103", "Task Initiation", "Proficient", "I started right away today. I used the timer thing Mrs. H gave me and I wrote a page and a half."),
      ("S1104", "Self-Management", "Emerging", "2 I was kind of mad about something at lunch so I couldn't really think."),
  ])

D("gallery walk feedback - Marisol on Dalton.md", "md", "T1101", PF, "2026-04-09",
  [("S1103", "wrote the feedback"), ("S1104", "his poster is the work reviewed")],
  """# Gallery Walk Feedback Slip

| | |
|---|---|
| From | Marisol V. |
| For | Dalton R. |
| Date | April 9 |

**I noticed...**
Your poster about the Dakota Access pipeline has both sides which I didn't expect. You put the tribe's side and the oil company side in two colors so its easy to see.

**I wonder...**
I wonder where the farmer quote came from because it doesn't say. Was it from the news or did you make it up as an example? Because that matters.

**A suggestion...**
Maybe make the title bigger, from far away I couldn't read it. But honestly it's one of the best ones.
""",
  [
      ("S1103", "Critical Thinking", "Advanced", "I wonder where the farmer quote came from because it doesn't say. Was it from the news or did you make it up as an example? Because that matters."),
      ("S1103", "Communication", "Proficient", "Maybe make the title bigger, from far away I couldn't read it. But honestly it's one of the best ones."),
  ])

# ----------------------------------------------------------------------------------------------
# T1102 Mr. Lindqvist, Ag Science / FFA, grade 8
# ----------------------------------------------------------------------------------------------
D("chapter_meeting_2025-10-02.srt", "srt", "T1102", GD, "2025-10-02",
  [("S1105", ""), ("S1106", ""), ("S1108", ""),
   ],
  [
      ("00:00:01,000", "00:00:05,200", "MR. LINDQVIST: All right, officers, fundraiser. We've got to pick one by Friday."),
      ("00:00:05,900", "00:00:13,400", "BRODY: Fruit sales. We always do fruit sales. It's easy and people buy it."),
      ("00:00:13,800", "00:00:20,100", "JENNA: But last year we had like forty boxes of grapefruit left over and they rotted in the shop."),
      ("00:00:20,500", "00:00:27,900", "BRODY: That's because nobody picked up their orders. That's not the fruit's fault."),
      ("00:00:28,300", "00:00:38,600", "HADLEY: What if we do fruit but we only order what's prepaid? Then there's nothing left over. And we could do a pie auction at the same time for the extra money."),
      ("00:00:39,000", "00:00:43,500", "TANNER: Pie auction is sick."),
      ("00:00:44,000", "00:00:53,200", "JENNA: Okay I like that. Brody, would you be okay with that? It's still fruit sales, just smarter."),
      ("00:00:53,600", "00:00:57,800", "BRODY: I mean. Fine. Yeah, that's fair I guess."),
      ("00:00:58,100", "00:01:09,400", "HADLEY: I can make a spreadsheet for the orders so we know who paid. I did one for my 4-H calf and it has like a checkbox column."),
      ("00:01:09,900", "00:01:14,000", "BRODY: Wait, I forgot, when's the deadline again?"),
      ("00:01:14,300", "00:01:17,600", "MR. LINDQVIST: Friday. It's been on the board for a week, Brody."),
  ],
  [
      ("S1105", "Cognitive Flexibility", "Emerging", "Fruit sales. We always do fruit sales. It's easy and people buy it."),
      ("S1105", "Working Memory", "Emerging", "Wait, I forgot, when's the deadline again?"),
      ("S1106", "Relationship Skills", "Proficient", "Brody, would you be okay with that? It's still fruit sales, just smarter."),
      ("S1106", "Critical Thinking", "Developing", "But last year we had like forty boxes of grapefruit left over and they rotted in the shop."),
      ("S1108", "Creativity & Innovation", "Proficient", "What if we do fruit but we only order what's prepaid? Then there's nothing left over."),
      ("S1108", "Digital Literacy", "Proficient", "I can make a spreadsheet for the orders so we know who paid."),
  ], notes_extra="Tanner is not rostered; no row")

D("Greenhouse project presentation - Luis and Hadley.pdf", "pdf", "T1102", PP, "2026-03-04",
  [("S1107", ""), ("S1108", "")],
  dict(title="Greenhouse Project Presentation", author="Wade Lindqvist",
       header="Ag Science 8 - Greenhouse Design Presentations - Wed. 3/4",
       lines=[
           "[transcribed from the classroom camera; Mr. L = Mr. Lindqvist]",
           "",
           "Luis: So our problem was the greenhouse gets too hot in April and the tomato starts were dying, like wilting by 2 o'clock.",
           "Hadley: We measured it for two weeks with the thermometer logger. The highest was 104 degrees on a Saturday when nobody was there to open the door.",
           "Luis: At first we wanted to buy an automatic vent opener but it's like ninety dollars. So we found out you can make one with a car hood strut thing that has wax in it, it opens when it gets hot. My uncle had one in his shop.",
           "Hadley: We tested it in the oven at my house at low, which my mom was not thrilled about.",
           "Luis: And we made a backup plan if it breaks, it's a sign on the door with the temperature where you have to prop it open, and we put Jenna and Brody on the schedule for weekends.",
           "Mr. L: Questions from the audience? Tanner.",
           "Tanner: Does it work if it's cloudy?",
           "Luis: Good question. It doesn't need sun, it needs heat, so it only opens if it's hot inside. If it's cloudy it probably stays shut, which is what you want.",
       ]),
  [
      ("S1107", "Creativity & Innovation", "Advanced", "So we found out you can make one with a car hood strut thing that has wax in it, it opens when it gets hot."),
      ("S1107", "Planning & Prioritization", "Advanced", "And we made a backup plan if it breaks, it's a sign on the door with the temperature where you have to prop it open, and we put Jenna and Brody on the schedule for weekends."),
      ("S1107", "Communication", "Proficient", "It doesn't need sun, it needs heat, so it only opens if it's hot inside."),
      ("S1108", "Critical Thinking", "Proficient", "We measured it for two weeks with the thermometer logger. The highest was 104 degrees on a Saturday when nobody was there to open the door."),
  ], notes_extra="Tanner (audience) is not rostered")

D("Soil lab group - otter.ai.txt", "txt", "T1102", GD, "2025-11-13",
  [("S1105", ""), ("S1106", ""), ("S1107", "")],
  """Soil lab group
Thu, Nov 13, 2025 1:42PM • 22:10

SUMMARY KEYWORDS
soil, sample, ph, jar, nitrogen, field

SPEAKERS
Jenna Ostrowski, Luis Carranza-Mejia, Brody Kettleson, Wade Lindqvist

Wade Lindqvist  0:03
Okay, groups, you've got your jar tests settling. Talk through what you think you're seeing.

Jenna Ostrowski  0:11
Ours has way more sand at the bottom than the one from Brody's field. Like that layer is huge.

Brody Kettleson  0:18
That's 'cause it's by the creek. My dad says it floods.

Luis Carranza-Mejia  0:24
So we should write down which field each jar came from before we forget, because they all look the same now. I'll do the labels. Jenna can you read the pH strips and Brody write them?

Brody Kettleson  0:35
Yeah okay. I'll write. What was the first one?

Jenna Ostrowski  0:39
Six point five. Wait, no, hold on, I want to check it against the chart again, the color's kind of between.

Brody Kettleson  0:52
Can we just put six point five. It's close.

Jenna Ostrowski  0:56
No because if it's six, that changes what we tell your dad about lime. That's literally the whole point.

Brody Kettleson  1:04
Okay, okay. Yeah. That's fair. I didn't think about it like that.

Luis Carranza-Mejia  1:10
I think we should ask if we can send one to the extension office too, because the strips are kind of cheap, and compare.
""",
  [
      ("S1106", "Critical Thinking", "Advanced", "No because if it's six, that changes what we tell your dad about lime. That's literally the whole point."),
      ("S1106", "Self-Management", "Proficient", "Wait, no, hold on, I want to check it against the chart again, the color's kind of between."),
      ("S1107", "Organization", "Proficient", "So we should write down which field each jar came from before we forget, because they all look the same now. I'll do the labels."),
      ("S1107", "Collaboration", "Advanced", "Jenna can you read the pH strips and Brody write them?"),
      ("S1105", "Responsible Decision-Making", "Developing", "Okay, okay. Yeah. That's fair. I didn't think about it like that."),
      ("S1105", "Inhibitory Control", "Emerging", "Can we just put six point five. It's close."),
  ])

D("Brody Kettleson - SAE reflection.docx", "docx", "T1102", RJ, "2025-09-30",
  [("S1105", "")],
  dict(title="SAE Reflection", author="Brody Kettleson",
       paras=[
           ("h1", "SAE Reflection #1"),
           ("p", "Name: Brody Kettleson     Date: 9/30/2025"),
           ("h2", "What is your SAE and why did you pick it?"),
           ("p", "My SAE is raising feeder pigs. I picked it because my cousin did it and won at the county fair and I want to beat him lol."),
           ("h2", "What has been hard so far?"),
           ("p", "Keeping the record book. I do the chores every day but I don't write it down and then I can't remember how much feed I bought. I lost the receipt from the co-op too."),
           ("h2", "What is your goal for October?"),
           ("p", "Do the record book. Mr L said every Sunday so maybe every Sunday."),
       ]),
  [
      ("S1105", "Organization", "Emerging", "I do the chores every day but I don't write it down and then I can't remember how much feed I bought. I lost the receipt from the co-op too."),
      ("S1105", "Planning & Prioritization", "Emerging", "Do the record book. Mr L said every Sunday so maybe every Sunday."),
      ("S1105", "Self-Management", "Developing", "I do the chores every day but I don't write it down"),
  ])

D("Lindqvist obs log wk of 1-12.md", "md", "T1102", TO, "2026-01-14",
  [("S1106", ""), ("S1107", "")],
  """# Obs log — week of 1/12
*Ag Sci 8, 6th hr. Notes typed from the legal pad Weds night.*

### Jenna O. (Wed)
- Jenna ran the ag mechanics safety check for her table without being asked and caught that Tanner didn't have his glasses on before the grinder was even plugged in.
- Told me she'd rather redo the weld than turn in one she knew was weak, and she did.

### Luis C-M. (Wed)
- Lucho's welding bead was uneven and he got visibly upset, threw his gloves on the bench.
- He walked outside for two minutes on his own, came back, and asked Jenna to watch his angle.

**Ratings:** Jenna — Responsible Decision-Making: Advanced. Luis — Self-Management: Developing.
""",
  [
      ("S1106", "Responsible Decision-Making", "Advanced", "Jenna ran the ag mechanics safety check for her table without being asked and caught that Tanner didn't have his glasses on before the grinder was even plugged in."),
      ("S1106", "Self-Management", "Advanced", "Told me she'd rather redo the weld than turn in one she knew was weak, and she did."),
      ("S1107", "Self-Management", "Developing", "He walked outside for two minutes on his own, came back, and asked Jenna to watch his angle."),
      ("S1107", "Inhibitory Control", "Emerging", "Lucho's welding bead was uneven and he got visibly upset, threw his gloves on the bench."),
  ])

D("peer eval - record book check.txt", "txt", "T1102", PF, "2026-02-03",
  [("S1108", "wrote the feedback"), ("S1105", "his record book is the work reviewed")],
  """PEER RECORD BOOK CHECK            2/3
Checker: Hadley Fenstermaker
Record book owner: Brody K.

Is every week filled in? (Y/N)  Y!!
Comments:
Brody your book is so much better than in the fall. every Sunday is filled in and the feed receipts are taped in the back. I could follow how much you spent without asking you.
One thing: your pig weights in week 14 and 15 are the same number, I think you copied it by accident? You should check the scale log.
Also you could add a graph of the weights, I can show you how in Sheets if you want, it takes like 5 min.
""",
  [
      ("S1108", "Communication", "Proficient", "every Sunday is filled in and the feed receipts are taped in the back. I could follow how much you spent without asking you."),
      ("S1108", "Critical Thinking", "Proficient", "your pig weights in week 14 and 15 are the same number, I think you copied it by accident? You should check the scale log."),
      ("S1108", "Relationship Skills", "Advanced", "Also you could add a graph of the weights, I can show you how in Sheets if you want, it takes like 5 min."),
  ])

D("Kettleson email.eml", "eml", "T1102", PN, "2025-12-09",
  [("S1105", "")],
  dict(headers=[("From", "Shelly Kettleson <skettleson@farmtel.net>"),
                ("To", "wlindqvist@cedarbluffcsd.org"),
                ("Subject", "Brody pig project"),
                ("Date", "Tue, 09 Dec 2025 06:52:10 -0600"),
                ("Message-ID", "<20251209065210.kettleson@farmtel.net>")],
       text="""Mr. Lindqvist,

Mrs. Kettleson here, Brody's mom. Just wanted to say thank you. Brody has been doing his record book every Sunday night at the kitchen table without us nagging, which is a first for that kid. He even set an alarm on his phone that says "PIG BOOK."

He was upset last week when one of the pigs got sick and he wanted to just give it the leftover penicillin from the cattle. His dad made him call the vet first and he was mad at first but afterwards he said he was glad he didn't guess.

See you at the chili feed.
Shelly Kettleson
"""),
  [
      ("S1105", "Organization", "Proficient", "Brody has been doing his record book every Sunday night at the kitchen table without us nagging, which is a first for that kid."),
      ("S1105", "Responsible Decision-Making", "Developing", "His dad made him call the vet first and he was mad at first but afterwards he said he was glad he didn't guess."),
  ])

D("hadley journal.txt", "txt", "T1102", RJ, "2026-04-09",
  [("S1108", "")],
  """Hadley F. — Ag journal
April 9

Prompt: How is your SAE connected to something bigger than your farm?

I raise meat goats. At first I thought it was just about the county fair, but when we did the unit on world food I found out goat is the most eaten meat in the world, not beef. That blew my mind. In a lot of places in Africa and Asia goats are better than cows because they can eat brush and don't need as much water.

I looked up a group that gives goats to families (I won't say the name bc Mr L says we should check who runs charities first) and I read their tax report thing, and like 80% goes to the actual program so I think it's legit.

My idea for my speech for districts is about how drought here is connected to drought other places and what farmers can learn from each other.
""",
  [
      ("S1108", "Global Awareness", "Advanced", "My idea for my speech for districts is about how drought here is connected to drought other places and what farmers can learn from each other."),
      ("S1108", "Digital Literacy", "Advanced", "I read their tax report thing, and like 80% goes to the actual program so I think it's legit."),
      ("S1108", "Cognitive Flexibility", "Proficient", "At first I thought it was just about the county fair, but when we did the unit on world food I found out goat is the most eaten meat in the world, not beef."),
  ], encoding="utf-16")

D("Luis - livestock judging prep.docx", "docx", "T1102", PT, "2025-10-21",
  [("S1107", "tutor"), ("S1108", "tutee; not named in the file name")],
  dict(title="Livestock judging practice", author="Wade Lindqvist",
       paras=[
           ("p", "Livestock judging practice - Tuesday 10/21 - Lucho helping Hadley with oral reasons"),
           ("p", "LUCHO: Okay so you placed them 2-1-3-4, but you gotta say why 2 over 1 first. Like start with the biggest difference."),
           ("p", "HADLEY: I know but I freeze. I just say \"she's better\" and then I can't think of anything."),
           ("p", "LUCHO: That's normal, I did that all last year. Try this, say it's longer bodied, then more muscle, then stands more correct. Three things. Like a burger, top bun, meat, bottom bun."),
           ("p", "HADLEY: Okay. I place 2 over 1 because 2 is longer bodied, heavier muscled down her top, and she stands wider at the ground."),
           ("p", "LUCHO: See! That was good. Now don't look at your notes, just look at me like I'm the judge."),
           ("p", "HADLEY: That's so awkward. Okay. I place 2 over 1 because... longer bodied... heavier muscled, and stands wider. I forgot the grant part."),
           ("p", "LUCHO: Grant is what you say about 1 that's good. Like, I grant that 1 is cleaner through her neck. You're way better than you were Thursday tho."),
       ]),
  [
      ("S1107", "Relationship Skills", "Advanced", "That's normal, I did that all last year. Try this, say it's longer bodied, then more muscle, then stands more correct."),
      ("S1107", "Communication", "Advanced", "Three things. Like a burger, top bun, meat, bottom bun."),
      ("S1108", "Self-Awareness", "Developing", "I know but I freeze. I just say \"she's better\" and then I can't think of anything."),
      ("S1108", "Communication", "Developing", "I place 2 over 1 because 2 is longer bodied, heavier muscled down her top, and she stands wider at the ground."),
      ("S1108", "Working Memory", "Developing", "I forgot the grant part."),
  ])

D("Obs - Jenna O.pdf", "pdf", "T1102", TO, "2025-11-05",
  [("S1106", "")],
  dict(title="Observation - Jenna Ostrowski", author="W. Lindqvist",
       header="Ag Science 8 | Observation | Wednesday, November 5, 2025",
       lines=[
           "Student: Jenna Ostrowski",
           "Setting: greenhouse, seed-starting lab",
           "",
           "Jenna had the whole tray plan drawn out on graph paper before class, with which seed goes in which cell and what day each one should sprout.",
           "When the potting mix delivery didn't come, she switched her group to starting the lettuce in paper towels in baggies so they didn't lose the day.",
           "She was a little bossy with Brody; she took the seed packets out of his hand instead of asking.",
           "",
           "Skills seen: Planning & Prioritization (P), Cognitive Flexibility (A), Collaboration (D)",
       ]),
  [
      ("S1106", "Planning & Prioritization", "Proficient", "Jenna had the whole tray plan drawn out on graph paper before class, with which seed goes in which cell and what day each one should sprout."),
      ("S1106", "Cognitive Flexibility", "Advanced", "When the potting mix delivery didn't come, she switched her group to starting the lettuce in paper towels in baggies so they didn't lose the day."),
      ("S1106", "Collaboration", "Developing", "She was a little bossy with Brody; she took the seed packets out of his hand instead of asking."),
  ])

D("Carranza-Mejia note.txt", "txt", "T1102", PN, "2026-03-17",
  [("S1107", "")],
  """Note from Luis's mom, came in his folder. Typed up 3/17 so I have it. -WL

Mr. Lindqvist,
This is Maricela Carranza, Luis mother. Luis will miss Thursday for his cousin quinceañera in Des Moines. He already ask for the homework and he made a list of what he needs to do on the fridge, I did not tell him to.
Also thank you for the greenhouse. He explains to his abuela in Spanish what the plants need and she is very proud.
Thank you,
M. Carranza-Mejía
""",
  [
      ("S1107", "Planning & Prioritization", "Proficient", "He already ask for the homework and he made a list of what he needs to do on the fridge, I did not tell him to."),
      ("S1107", "Communication", "Advanced", "He explains to his abuela in Spanish what the plants need and she is very proud."),
  ])

D("Ag Issues Day presentation Jenna.md", "md", "T1102", PP, "2026-04-22",
  [("S1106", "presenter"), ("S1105", "asks a question")],
  """# Ag Issues Day — Jenna O. — "Who Owns the Water?"
*(4/22/26, typed from the recording. J = Jenna, Q = audience)*

**J:** So my topic is water rights, and why it matters to us even though we live in Iowa and we have a lot of water.

**J:** I started out thinking this was only a California problem. But then I read that the aquifer under Nebraska and Kansas is dropping, and a lot of the corn that goes to the same ethanol plant as ours is watered from it.

**J:** I used three kinds of sources. A USDA report, a news article from a Kansas paper, and a video from a farmer group. The video was the most one-sided, it never talked about what happens to the towns downstream, so I used it for the farmer's feelings but not for the facts.

**J:** My proposal is that our chapter writes to the state senator about the water quality bill. I already drafted the letter and Mr. Lindqvist looked at it.

**Q (Brody):** Wait so are you saying farmers are the bad guys?

**J:** No! My whole family farms. I'm saying we're the ones who lose the most if we don't plan for it.
""",
  [
      ("S1106", "Global Awareness", "Advanced", "My proposal is that our chapter writes to the state senator about the water quality bill. I already drafted the letter and Mr. Lindqvist looked at it."),
      ("S1106", "Digital Literacy", "Advanced", "The video was the most one-sided, it never talked about what happens to the towns downstream, so I used it for the farmer's feelings but not for the facts."),
      ("S1106", "Cognitive Flexibility", "Proficient", "I started out thinking this was only a California problem."),
      ("S1106", "Communication", "Advanced", "No! My whole family farms. I'm saying we're the ones who lose the most if we don't plan for it."),
      ("S1105", "Critical Thinking", "Emerging", "Wait so are you saying farmers are the bad guys?"),
  ])

# ----------------------------------------------------------------------------------------------
# T1103 Ms. Solberg, school counselor, SEL period grade 6
# ----------------------------------------------------------------------------------------------
D("SEL circle 9-10.vtt", "vtt", "T1103", GD, "2025-09-10",
  [("S1109", ""), ("S1110", ""), ("S1111", ""), ("S1112", "")],
  [
      ("00:00:00.500", "00:00:06.000", "<v Ms. Solberg>Okay, talking piece goes around. Share one word for how middle school feels so far.</v>"),
      ("00:00:06.800", "00:00:09.900", "<v Owen>Loud.</v>"),
      ("00:00:10.300", "00:00:19.200", "<v AG>Um, nervous? But also good nervous. Like I'm excited for band but scared of the locker. I can't do the combination.</v>"),
      ("00:00:19.800", "00:00:24.100", "<v Tucker>This is dumb. Pass.</v>"),
      ("00:00:24.600", "00:00:28.000", "<v Ms. Solberg>You can pass, Tucker. Nevaeh?</v>"),
      ("00:00:28.500", "00:00:38.000", "<v Nevaeh>Tired, because the bus picks me up at 6:40. And also AG you can come to my locker, I'll show you the trick, you go past it two times first.</v>"),
      ("00:00:38.500", "00:00:41.800", "<v Tucker>Why does she get to talk twice.</v>"),
      ("00:00:42.300", "00:00:52.100", "<v Owen>She didn't, she was just helping. Can I change mine? Loud and kind of lonely, because my friends from Elm Grove all got the other lunch.</v>"),
      ("00:00:52.700", "00:01:00.000", "<v Tucker>Whatever. My word is hungry. Can we be done.</v>"),
  ],
  [
      ("S1109", "Self-Awareness", "Proficient", "Loud and kind of lonely, because my friends from Elm Grove all got the other lunch."),
      ("S1110", "Self-Awareness", "Developing", "Um, nervous? But also good nervous. Like I'm excited for band but scared of the locker."),
      ("S1111", "Relationship Skills", "Emerging", "This is dumb. Pass."),
      ("S1111", "Social Awareness", "Emerging", "Why does she get to talk twice."),
      ("S1112", "Social Awareness", "Proficient", "And also AG you can come to my locker, I'll show you the trick, you go past it two times first."),
  ])

D("Tucker check-in.txt", "txt", "T1103", TO, "2025-10-01",
  [("S1111", "")],
  """Check-in notes, Tucker D., 10/1/25

Came to my office after PE (sent by Coach). Tucker pushed a kid in line and said the kid "started it by breathing."
Couldn't tell me how he felt beforehand; every question got "I don't know" or "he's annoying."
We tried the feelings wheel. He pointed at "embarrassed" after a long time, said he missed a layup in front of everyone.
He agreed to try the 5-count before he reacts and asked if he could have a pass to come here instead of blowing up, which I gave him.

Levels (my guess): Self-Awareness E, Self-Management E->D
""",
  [
      ("S1111", "Self-Awareness", "Emerging", "Couldn't tell me how he felt beforehand; every question got \"I don't know\" or \"he's annoying.\""),
      ("S1111", "Self-Management", "Developing", "He agreed to try the 5-count before he reacts and asked if he could have a pass to come here instead of blowing up, which I gave him."),
      ("S1111", "Responsible Decision-Making", "Emerging", "Tucker pushed a kid in line and said the kid \"started it by breathing.\""),
  ], crlf=True)

D("AG journal - feelings thermometer.md", "md", "T1103", RJ, "2025-10-20",
  [("S1110", "")],
  """# SEL Journal
## Ava-Grace M. — Oct. 20th

**Ms. S prompt: Where were you on the feelings thermometer today, and what moved you up or down?**

I was at like a 7 (stressed) this morning because I had a math test and I forgot to study because of volleyball. Then I did the square breathing in the bathroom and went down to a 5.

**Prompt: What's one thing you can do so tomorrow is better?**

Put my test dates in my phone calendar. Nevaeh does that and she's never surprised.

**Prompt: Anything you want me to know?**

my grandma is moving in with us and I'm kind of happy and kind of sad because I have to share my room
""",
  [
      ("S1110", "Self-Management", "Proficient", "Then I did the square breathing in the bathroom and went down to a 5."),
      ("S1110", "Planning & Prioritization", "Developing", "Put my test dates in my phone calendar. Nevaeh does that and she's never surprised."),
      ("S1110", "Self-Awareness", "Proficient", "my grandma is moving in with us and I'm kind of happy and kind of sad because I have to share my room"),
  ])

D("Nevaeh Sorensen peer feedback.docx", "docx", "T1103", PF, "2025-11-12",
  [("S1112", "wrote the feedback"), ("S1110", "her poster is the work reviewed")],
  dict(title="Peer Feedback - Anti-Bullying Poster", author="Renata Solberg",
       paras=[
           ("h1", "Peer Feedback - Anti-Bullying Poster"),
           ("table", [["Feedback giver", "Nevaeh Sorensen"], ["Poster by", "Ava-Grace Mueller"], ["Date", "11/12/25"]]),
           ("p", "Two stars:"),
           ("p", "1. I like that you drew the kid sitting alone at lunch because that happens a lot and nobody says anything. It made me feel kind of sad in a good way like it makes you think."),
           ("p", "2. Your slogan is original. I never saw \"Be the seat\" before."),
           ("p", "One wish:"),
           ("p", "I wish there was something about online bullying too because that's where most of it is in our grade honestly. Like group chats."),
       ]),
  [
      ("S1112", "Social Awareness", "Advanced", "I like that you drew the kid sitting alone at lunch because that happens a lot and nobody says anything."),
      ("S1112", "Digital Literacy", "Developing", "I wish there was something about online bullying too because that's where most of it is in our grade honestly. Like group chats."),
  ])

D("SEL period notes Dec.docx", "docx", "T1103", TO, "2025-12-10",
  [("S1109", ""), ("S1111", "")],
  dict(title="SEL Period Notes", author="R. Solberg",
       paras=[
           ("h1", "SEL Period - Team Challenge Day"),
           ("p", "Wed. Dec 10 - marshmallow & spaghetti tower"),
           ("h2", "Owen P."),
           ("p", "Owen took over the tower and wouldn't let anyone else touch the spaghetti; when Nevaeh tried to add a piece he said \"no, you'll wreck it.\""),
           ("p", "After the tower fell he said sorry to her without me prompting and asked her what she would have done."),
           ("h2", "Tucker D."),
           ("p", "Big change from September. Tucker's group lost and he put his hand up to stop himself from knocking the table, counted, and said \"okay I'm good.\""),
           ("p", "He still needed me to remind him twice what the rules for the second round were."),
       ]),
  [
      ("S1109", "Collaboration", "Emerging", "Owen took over the tower and wouldn't let anyone else touch the spaghetti; when Nevaeh tried to add a piece he said \"no, you'll wreck it.\""),
      ("S1109", "Relationship Skills", "Proficient", "After the tower fell he said sorry to her without me prompting and asked her what she would have done."),
      ("S1111", "Self-Management", "Proficient", "Tucker's group lost and he put his hand up to stop himself from knocking the table, counted, and said \"okay I'm good.\""),
      ("S1111", "Working Memory", "Developing", "He still needed me to remind him twice what the rules for the second round were."),
  ])

D("Owen's mom note.txt", "txt", "T1103", PN, "2026-01-08",
  [("S1109", "")],
  """1/8
Ms. Solberg -
Hi this is Owen's mom (Pruitt). Thank you for the lunch bunch thing. Owen came home and said he sat with two boys from the other bus and he actually talked. He has been so lonely since we moved from Elm Grove. He said "I asked them about their dogs because Ms S said ask a question." Small thing but big for him.
- Jen Pruitt
""",
  [
      ("S1109", "Relationship Skills", "Developing", "He said \"I asked them about their dogs because Ms S said ask a question.\""),
      ("S1109", "Social Awareness", "Developing", "Owen came home and said he sat with two boys from the other bus and he actually talked."),
  ])

D("Dahlgren email.eml", "eml", "T1103", PN, "2026-02-05",
  [("S1111", "")],
  dict(headers=[("From", "Mark Dahlgren <markd.diesel@yahoo.com>"),
                ("To", "Renata Solberg <rsolberg@cedarbluffcsd.org>"),
                ("Subject", "Re: Re: Tucker this week"),
                ("Date", "Thu, 5 Feb 2026 19:03:44 -0600"),
                ("Message-ID", "<1738803824.dahlgren@yahoo.com>"),
                ("In-Reply-To", "<rs.20260204.tucker@cedarbluffcsd.org>")],
       text="""Ms Solberg

Thats good to hear. At home he is doing better too. Tuesday his brother took his controller and Tucker went to his room and shut the door instead of swinging at him. Came out 10 min later and said "I needed a minute." We about fell over.

He still wont do homework until I am standing there though. Every night its a fight to get him to start.

Mark Dahlgren

On Wed, Feb 4, 2026 at 2:15 PM, Renata Solberg wrote:
> Mr. Dahlgren,
> Tucker used his break pass the right way twice this week and came back
> ready to work. I wanted you to hear something good.
>
>> On Mon, Feb 2, 2026, Mark Dahlgren wrote:
>> Any update on how hes doing? - Mark
"""),
  [
      ("S1111", "Self-Management", "Proficient", "Tuesday his brother took his controller and Tucker went to his room and shut the door instead of swinging at him."),
      ("S1111", "Self-Awareness", "Developing", "Came out 10 min later and said \"I needed a minute.\""),
      ("S1111", "Task Initiation", "Emerging", "He still wont do homework until I am standing there though. Every night its a fight to get him to start."),
  ])

D("Kindness Week presentations.txt", "txt", "T1103", PP, "2026-02-13",
  [("S1110", ""), ("S1112", "")],
  """Kindness Week - 6th grade presentations to the 4th graders
Fri Feb 13  (Ms. Solberg typed during)

AG: Hi! We're from sixth grade and we're going to talk about being an upstander.
NS: An upstander is someone who does something when they see somebody being mean. Not like fighting. Just doing something.
AG: So we made a skit. I'm going to be the kid who gets left out and Nevaeh is the upstander.
NS: Wait, first, raise your hand if you ever got left out at recess. ... Yeah. Almost everybody. So you're not the only one.
AG: We changed our skit after we practiced in Ms. Solberg's room because the first one was too scary for 4th graders, it had the phone stuff in it. So we made it about four square.
NS: And if you don't want to say something in front of everybody you can just go stand by the kid. That counts.
AG: Any questions? ... Yes, you in the green.
NS: She asked what if the mean kid is your friend. Um. That's a really good question. I think you can still say "that's not cool" and still be their friend. Real friends can hear that.
""",
  [
      ("S1112", "Communication", "Advanced", "Wait, first, raise your hand if you ever got left out at recess. ... Yeah. Almost everybody. So you're not the only one."),
      ("S1112", "Social Awareness", "Advanced", "I think you can still say \"that's not cool\" and still be their friend. Real friends can hear that."),
      ("S1110", "Cognitive Flexibility", "Proficient", "We changed our skit after we practiced in Ms. Solberg's room because the first one was too scary for 4th graders, it had the phone stuff in it."),
      ("S1110", "Communication", "Proficient", "Hi! We're from sixth grade and we're going to talk about being an upstander."),
  ])

D("Owen P journal.docx", "docx", "T1103", RJ, "2026-03-02",
  [("S1109", "")],
  dict(title="SEL Journal", author="Owen Pruitt",
       paras=[
           ("p", "Owen Pruitt"),
           ("p", "March 2 2026"),
           ("p", "Ms. Solberg's question: What is a goal you have for the rest of 6th grade and how will you get there?"),
           ("p", "My goal is to try out for the spring musical even though I'm scared. I used to just not do stuff if I was scared and then be mad I didn't do it."),
           ("p", "How I'll get there: 1. practice the song in the barn where nobody can hear me 2. ask Mrs. Weber when auditions are 3. bring Dominic so I'm not alone."),
           ("p", "Ms. Solberg's question: What might get in your way?"),
           ("p", "If I chicken out at the door. If that happens I'll do the breathing and then just walk in anyway."),
       ]),
  [
      ("S1109", "Self-Awareness", "Advanced", "I used to just not do stuff if I was scared and then be mad I didn't do it."),
      ("S1109", "Planning & Prioritization", "Proficient", "practice the song in the barn where nobody can hear me 2. ask Mrs. Weber when auditions are 3. bring Dominic so I'm not alone."),
      ("S1109", "Self-Management", "Advanced", "If I chicken out at the door. If that happens I'll do the breathing and then just walk in anyway."),
  ])

D("exit ticket.txt", "txt", "T1103", RJ, "2026-03-20",
  [("ASK", "no name on the ticket; teacher wrote only the date and period")],
  """3/20 SEL 4th pd - found on floor, no name

What is one way you showed respect today?
i let someone else pick the game at recess even tho i wanted to pick

What is hard for you about respect?
when people dont respect me first
""",
  [])

D("conflict roleplay 4-15.md", "md", "T1103", GD, "2026-04-15",
  [("S1110", ""), ("S1111", ""), ("S1112", "")],
  """# Conflict resolution role-play debrief
Wednesday, April 15 · SEL period · group B

**Ms. S:** So the scenario was: two friends both want to sit by the new kid on the field trip bus. What happened in your role-play?

**Tuck:** I was one of the friends. At first I just said "I called it" but then I remembered we're supposed to do I-statements, so I said "I feel left out when you always get to pick."

**AG:** And I was the other friend, and I said we could switch halfway, like at the gas station stop.

**Nevaeh:** I was the new kid. Honestly I'd feel weird if people were fighting over me. So I said why don't we sit in the back three-seat. Nobody thought about asking the new kid what she wants.

**Tuck:** Yeah that was smart. I didn't think about that.

**Ms. S:** Tucker, could you use that at home?

**Tuck:** Maybe with my brother. He's harder though 'cause he doesn't do the I-statement back.
""",
  [
      ("S1111", "Relationship Skills", "Proficient", "At first I just said \"I called it\" but then I remembered we're supposed to do I-statements, so I said \"I feel left out when you always get to pick.\""),
      ("S1111", "Social Awareness", "Developing", "Yeah that was smart. I didn't think about that."),
      ("S1110", "Responsible Decision-Making", "Proficient", "And I was the other friend, and I said we could switch halfway, like at the gas station stop."),
      ("S1112", "Relationship Skills", "Advanced", "Nobody thought about asking the new kid what she wants."),
      ("S1112", "Creativity & Innovation", "Proficient", "So I said why don't we sit in the back three-seat."),
  ])

D("Solberg end of year notes - Nevaeh.pdf", "pdf", "T1103", TO, "2026-05-06",
  [("S1112", "")],
  dict(title="End-of-Year SEL Summary", author="Renata Solberg",
       header="Cedar Bluff Consolidated MS - Counseling Office - SEL Summary",
       lines=[
           "Student: Nevaeh Sorensen, grade 6",
           "Written May 6, 2026 after her student-led conference",
           "",
           "Nevaeh started a 'new kid buddy' sign-up at the counseling office on her own in March, and three students have used it.",
           "At her conference she told her dad that she is still scared to speak up in big groups, but that she does it anyway when someone is being left out.",
           "She did not want to do the math intervention at first and argued about it for a week, then said she gets that it's to help her and started going on time.",
           "",
           "Rating: Relationship Skills - Advanced; Self-Awareness - Proficient",
       ]),
  [
      ("S1112", "Task Initiation", "Advanced", "Nevaeh started a 'new kid buddy' sign-up at the counseling office on her own in March, and three students have used it."),
      ("S1112", "Self-Awareness", "Proficient", "At her conference she told her dad that she is still scared to speak up in big groups, but that she does it anyway when someone is being left out."),
      ("S1112", "Cognitive Flexibility", "Developing", "She did not want to do the math intervention at first and argued about it for a week, then said she gets that it's to help her and started going on time."),
  ])

# ----------------------------------------------------------------------------------------------
# T1104 Ms. Okafor, resource room (grades 6-8)
# ----------------------------------------------------------------------------------------------
D("math tutoring Tues.txt", "txt", "T1104", PT, "2025-10-28",
  [("S1113", "tutee; tutor Brody Kettleson (S1105) is Mr. Lindqvist's student, no row")],
  """Resource room - peer tutoring log
Tuesday, October 28 - 7th hr - Brody K. (8th, FFA, volunteering) with Jaxon

BRODY: Okay so it's just like the feed thing. If one pig eats 6 pounds, how much do 4 pigs eat?
JAXON: 24. That's easy. But this one's got the x in it.
BRODY: The x is just the number you don't know yet. Like how many pigs.
JAXON: Oh. So 6x = 24 means how many pigs eat 24.
BRODY: Yeah dude.
JAXON: Why didn't Mr. Hale just say that. Okay wait let me do the next one myself, don't tell me.
JAXON: 5x = 35... 7. Is it 7?
BRODY: Check it.
JAXON: 5 times 7 is 35. Yeah. Okay I'm gonna do the whole row and then you check.
JAXON: Where did my worksheet go, I had the other page.
""",
  [
      ("S1113", "Task Initiation", "Proficient", "Okay wait let me do the next one myself, don't tell me."),
      ("S1113", "Organization", "Emerging", "Where did my worksheet go, I had the other page."),
      ("S1113", "Critical Thinking", "Developing", "5 times 7 is 35. Yeah. Okay I'm gonna do the whole row and then you check."),
  ])

D("Jax helping CJ fractions.docx", "docx", "T1104", PT, "2025-11-12",
  [("S1113", "tutor"), ("S1116", "tutee")],
  dict(title="Peer tutoring notes", author="Tamsin Okafor",
       paras=[
           ("h1", "Peer Tutoring - Fractions"),
           ("p", "11/12 - Jaxon W. tutoring Caden R-H. (typed from my notes)"),
           ("table", [["Who", "What they said"],
                      ["Jax", "Okay CJ, do you want me to show you with the pizza thing or just numbers?"],
                      ["CJ", "Numbers. Pizza is for babies."],
                      ["Jax", "Fair. So 2/3 plus 1/6, you can't add them yet because the bottoms are different. What goes into 3 and 6?"],
                      ["CJ", "I don't know. This is stupid I'm never gonna get it."],
                      ["Jax", "You got the one before, you just rushed. Take your time, I'm not timing you."],
                      ["CJ", "6? 3 goes into 6. So it's 4/6 plus 1/6. 5/6!"],
                      ["Jax", "See, you never gave up even though you said you would lol."],
                      ["CJ", "Can I do the next one without you talking"]]),
       ]),
  [
      ("S1113", "Relationship Skills", "Advanced", "You got the one before, you just rushed. Take your time, I'm not timing you."),
      ("S1113", "Social Awareness", "Proficient", "Okay CJ, do you want me to show you with the pizza thing or just numbers?"),
      ("S1116", "Self-Management", "Emerging", "I don't know. This is stupid I'm never gonna get it."),
      ("S1116", "Task Initiation", "Developing", "Can I do the next one without you talking"),
  ])

D("Emma Lindholm progress obs.pdf", "pdf", "T1104", TO, "2025-12-16",
  [("S1114", "")],
  dict(title="Progress Monitoring Observation", author="Tamsin Okafor",
       header="Resource Room - Progress Monitoring - 12/16/2025",
       lines=[
           "Student: Emma Lindholm (gr. 7)",
           "Goal area: following multi-step directions, organization",
           "",
           "Emma followed a four-step direction (get your binder, open to the blue tab, find yesterday's page, circle the hard problem) without a repeat for the first time this semester.",
           "Her binder is still a mess; she found two permission slips from October in the back pocket.",
           "When I gave her the checklist card, she used it for the rest of the period but left it on the desk when she went to her next class.",
           "",
           "Rating line: Working Memory D (up from E) | Organization E | next check 1/20",
       ]),
  [
      ("S1114", "Working Memory", "Developing", "Emma followed a four-step direction (get your binder, open to the blue tab, find yesterday's page, circle the hard problem) without a repeat for the first time this semester."),
      ("S1114", "Organization", "Emerging", "Her binder is still a mess; she found two permission slips from October in the back pocket."),
  ])

D("Kaylee B. planner check.md", "md", "T1104", TO, "2026-01-27",
  [("S1115", "Kaylee Boettcher, not Kaylee Brandt-Ruiz (T1101)")],
  """## Planner check — Kaylee B. — 1/27

Kaylee wrote every assignment in her planner today without me checking, and she color-coded them by class with the gel pens from her mom.

She forgot her reading book at home again and melted down a little ("I'm so stupid, I always forget"), but then asked if she could put a sticky note on her door at home.

She also asked a classmate if he wanted to borrow her extra highlighter, which was sweet.

- Organization: D→P
- Self-Awareness: D
- Relationship Skills: noted
""",
  [
      ("S1115", "Organization", "Proficient", "Kaylee wrote every assignment in her planner today without me checking, and she color-coded them by class with the gel pens from her mom."),
      ("S1115", "Self-Management", "Developing", "She forgot her reading book at home again and melted down a little (\"I'm so stupid, I always forget\"), but then asked if she could put a sticky note on her door at home."),
      ("S1115", "Relationship Skills", "Developing", "She also asked a classmate if he wanted to borrow her extra highlighter, which was sweet."),
  ])

D("Fwd_ Caden - homework.eml", "eml", "T1104", PN, "2026-02-18",
  [("S1116", "forwarded by the front office")],
  dict(headers=[("From", "Cedar Bluff CMS Office <office@cedarbluffcsd.org>"),
                ("To", "Tamsin Okafor <tokafor@cedarbluffcsd.org>"),
                ("Subject", "Fwd: Caden - homework"),
                ("Date", "Wed, 18 Feb 2026 08:12:05 -0600"),
                ("Message-ID", "<office.20260218.0812@cedarbluffcsd.org>")],
       text="""Tamsin - this came to the main inbox, I think it's for you. - Barb

---------- Forwarded message ---------
From: Angela Reyes-Hartmann <angie.rh@outlook.com>
Date: Tue, Feb 17, 2026 at 9:47 PM
Subject: Caden - homework
To: <office@cedarbluffcsd.org>

Hello, this is for Caden's resource teacher (Ms. Okafor?). I'm Caden Reyes-Hartmann's mom.

I wanted to share that CJ sat down tonight and started his math without me asking, first time all year. He said the older boy who helps him (Jaxon?) told him to do the first problem even if it's wrong.

He is still really hard on himself. When he got one wrong he said "see I'm dumb" and wanted to quit, but he did finish after a snack.

Thank you,
Angela Reyes-Hartmann
"""),
  [
      ("S1116", "Task Initiation", "Proficient", "I wanted to share that CJ sat down tonight and started his math without me asking, first time all year."),
      ("S1116", "Self-Management", "Developing", "When he got one wrong he said \"see I'm dumb\" and wanted to quit, but he did finish after a snack."),
  ])

D("CJ reading journal.txt", "txt", "T1104", RJ, "2026-02-24",
  [("S1116", "")],
  """CJ's reading journal        Feb 24

Ms O question: what was the main problem in the chapter and how do you know?

the main problem is Stanley has to dig holes but he didnt do it (steal the shoes). I know because it says it on page 28 that he was just walking and the shoes fell. So its not fair

what would you do if you were Stanley

I would tell the warden the truth but he wouldnt believe me probly. so maybe I would try to find out who really stole them. like be a detective

how did your reading go today

good. I read 12 pages and I only stopped once to look out the window. that's better than last week I think
""",
  [
      ("S1116", "Critical Thinking", "Developing", "I know because it says it on page 28 that he was just walking and the shoes fell."),
      ("S1116", "Inhibitory Control", "Developing", "I read 12 pages and I only stopped once to look out the window. that's better than last week I think"),
      ("S1116", "Creativity & Innovation", "Developing", "so maybe I would try to find out who really stole them. like be a detective"),
  ])

D("Emma tutoring Kaylee.txt", "txt", "T1104", PT, "2026-03-10",
  [("S1114", "tutor"), ("S1115", "tutee")],
  """Transcript: resource room peer reading session
Recorded 03/10/2026

Emma Lindholm: (00:04)
Okay Kaylee, so first we read it out loud, then we do the questions. That's two steps. Actually three, first you get your highlighter.

Kaylee Boettcher: (00:12)
I have it. I have it right here. See I remembered.

Emma Lindholm: (00:16)
Nice. Okay read the first paragraph.

Kaylee Boettcher: (00:20)
"The monarch butterfly travels up to three thousand miles." Three thousand miles?? That's like to Mexico. Do they really go to Mexico?

Emma Lindholm: (00:31)
Yeah, my aunt saw them there. They go there every winter because it's warm. And there's less of them now because of the milkweed being cut down here.

Kaylee Boettcher: (00:42)
Wait so if we cut the weeds here they die over there? That's sad. We should tell my grandpa not to mow the ditch.

Emma Lindholm: (00:51)
Ha, yeah. Okay question one. Um, I forgot what number we're on. Hold on, let me look at Ms. Okafor's sheet.
""",
  [
      ("S1114", "Working Memory", "Proficient", "Okay Kaylee, so first we read it out loud, then we do the questions. That's two steps. Actually three, first you get your highlighter."),
      ("S1114", "Global Awareness", "Proficient", "And there's less of them now because of the milkweed being cut down here."),
      ("S1114", "Organization", "Developing", "Um, I forgot what number we're on. Hold on, let me look at Ms. Okafor's sheet."),
      ("S1115", "Global Awareness", "Developing", "Wait so if we cut the weeds here they die over there? That's sad. We should tell my grandpa not to mow the ditch."),
      ("S1115", "Organization", "Developing", "I have it. I have it right here. See I remembered."),
  ])

D("peer feedback - Jaxon on Emma's slides.docx", "docx", "T1104", PF, "2026-04-02",
  [("S1113", "wrote the feedback"), ("S1114", "her slides are the work reviewed")],
  dict(title="Peer Feedback", author="Tamsin Okafor",
       paras=[
           ("h1", "Peer Feedback Form"),
           ("p", "Reviewer: Jaxon Whitebird"),
           ("p", "Presenter: Emma Lindholm"),
           ("p", "Project: Google Slides - My Dream Job (vet tech)"),
           ("p", "Date: Thurs 4/2"),
           ("h2", "What went well"),
           ("p", "your pictures were good and you said where you got them which Ms O said we have to do. The video of the puppy surgery was kind of gross but it was real."),
           ("h2", "What to change"),
           ("p", "slide 4 has way too many words, I couldn't read it all before you went to the next one. Maybe just put 3 things and say the rest out loud."),
           ("p", "you did good not reading off the slides, last time you read the whole thing lol"),
       ]),
  [
      ("S1113", "Communication", "Proficient", "slide 4 has way too many words, I couldn't read it all before you went to the next one. Maybe just put 3 things and say the rest out loud."),
      ("S1113", "Digital Literacy", "Developing", "your pictures were good and you said where you got them which Ms O said we have to do."),
  ])

D("Resource room obs 4_16.txt", "txt", "T1104", TO, "2026-04-16",
  [("S1116", ""), ("S1113", "")],
  """RESOURCE ROOM OBSERVATION
Thursday 4/16, 2nd hr

CJ: Caden brought his own checklist today that he made at home on an index card (1. planner 2. math 3. reading log) and crossed things off as he went. He didn't need a single reminder from me.
CJ: When the sub plan changed and we had to move to the library, he said "that's fine, I'll just bring my card" and kept going.
Jax: Jaxon finished his transition packet early and then asked if he could help the sixth graders log in to the reading program, which he did patiently.
Jax: He got frustrated when a website wouldn't load and he figured out it was blocked and used the school's link instead.

Skills: Organization, Cognitive Flexibility, Relationship Skills, Digital Literacy
""",
  [
      ("S1116", "Organization", "Advanced", "Caden brought his own checklist today that he made at home on an index card (1. planner 2. math 3. reading log) and crossed things off as he went."),
      ("S1116", "Cognitive Flexibility", "Proficient", "When the sub plan changed and we had to move to the library, he said \"that's fine, I'll just bring my card\" and kept going."),
      ("S1113", "Collaboration", "Proficient", "Jaxon finished his transition packet early and then asked if he could help the sixth graders log in to the reading program, which he did patiently."),
      ("S1113", "Digital Literacy", "Proficient", "He got frustrated when a website wouldn't load and he figured out it was blocked and used the school's link instead."),
  ], crlf=True)

D("Jaxon transition presentation.pdf", "pdf", "T1104", PP, "2026-05-12",
  [("S1113", "presenter; no speaker labels")],
  dict(title="Transition Presentation", author="Tamsin Okafor",
       header="Resource Room - 8th Grade Transition Presentations - May 12",
       lines=[
           "Transcript (typed from video)",
           "",
           "Okay so this is my plan for high school. My name is Jaxon and I'm going to Cedar Bluff High next year, obviously, because it's the only one.",
           "My strengths are I'm good at helping people and I'm good with my hands. Ms. Okafor said I'm a good tutor and I think that's true now, I didn't used to think that.",
           "The hard part for me is keeping track of papers. In seventh grade I lost like everything. Now I have one folder and I check it every Friday, and I only lost one thing this quarter.",
           "My goal is to take the welding class and maybe do FFA. I want to be a diesel mechanic like my uncle in Pine Ridge, he says they need mechanics on the rez really bad.",
           "So my plan is, freshman year get a C or better in everything, sophomore year take welding, and if I don't get in, I'll take small engines first because it's kind of the same.",
           "That's my presentation. Any questions? Okay.",
       ]),
  [
      ("S1113", "Self-Awareness", "Advanced", "Ms. Okafor said I'm a good tutor and I think that's true now, I didn't used to think that."),
      ("S1113", "Organization", "Proficient", "Now I have one folder and I check it every Friday, and I only lost one thing this quarter."),
      ("S1113", "Planning & Prioritization", "Advanced", "So my plan is, freshman year get a C or better in everything, sophomore year take welding, and if I don't get in, I'll take small engines first because it's kind of the same."),
      ("S1113", "Global Awareness", "Developing", "I want to be a diesel mechanic like my uncle in Pine Ridge, he says they need mechanics on the rez really bad."),
  ])

D("Whitebird note.docx", "docx", "T1104", PN, "2026-05-01",
  [("S1113", "")],
  dict(title="Parent note - typed", author="Tamsin Okafor",
       paras=[
           ("p", "Note from Jaxon's grandmother (Mrs. Whitebird), handwritten on the back of the conference form. Typed by T.O. Friday May 1st."),
           ("p", "Ms. Okafor, Thank you for all the help with Jaxon this year. He is a different boy than in the fall. He helps his little cousins with their homework at my table now and he is patient, he does not yell at them like he used to."),
           ("p", "He still plays that video game too late. I took the cord. He was angry but he came and told me he was sorry in the morning on his own."),
           ("p", "- Loretta Whitebird"),
       ]),
  [
      ("S1113", "Relationship Skills", "Proficient", "He helps his little cousins with their homework at my table now and he is patient, he does not yell at them like he used to."),
      ("S1113", "Inhibitory Control", "Emerging", "He still plays that video game too late."),
      ("S1113", "Responsible Decision-Making", "Proficient", "He was angry but he came and told me he was sorry in the morning on his own."),
  ])

D("Kaylee B - exit slip Sept.txt", "txt", "T1104", RJ, "2025-09-24",
  [("S1115", "Kaylee Boettcher; first name shared with Kaylee Brandt-Ruiz (T1101)")],
  """Exit slip — Wednesday Sept. 24th
Kaylee Boettcher

How did today go?
bad. I couldnt find my math and then Ms O had to help me look in my locker and it was in my science folder. I always do that

What helped?
when she said take a breath. and when we made the list on the board

What do you need tomorrow
the list again please
""",
  [
      ("S1115", "Organization", "Emerging", "I couldnt find my math and then Ms O had to help me look in my locker and it was in my science folder."),
      ("S1115", "Working Memory", "Emerging", "the list again please"),
      ("S1115", "Self-Awareness", "Developing", "when she said take a breath. and when we made the list on the board"),
  ])

D("Lindqvist obs 2-24 Brody.txt", "txt", "T1102", TO, "2026-02-24",
  [("S1105", "")],
  """2/24 6th hr -- Brody K.

Brody started the feed-ration worksheet the second he sat down and had his record book open next to it to pull the real numbers from his pigs.
He helped Luis figure out the cost per pound using his own receipts, and explained it in a way Luis got right away.
Still blurted out the answer to Hadley's question before she could finish asking it. Apologized.
Rating: Task Initiation P, Collaboration P, Inhibitory Control D
""",
  [
      ("S1105", "Task Initiation", "Proficient", "Brody started the feed-ration worksheet the second he sat down and had his record book open next to it to pull the real numbers from his pigs."),
      ("S1105", "Collaboration", "Proficient", "He helped Luis figure out the cost per pound using his own receipts, and explained it in a way Luis got right away."),
      ("S1105", "Inhibitory Control", "Developing", "Still blurted out the answer to Hadley's question before she could finish asking it. Apologized."),
  ])


# ----------------------------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------------------------
def write_txt(path: Path, text: str, encoding: str = "utf-8", crlf: bool = False) -> None:
    if crlf:
        text = text.replace("\n", "\r\n")
    if encoding == "utf-16":
        data = text.encode("utf-16")  # BOM + native (little-endian) order
    else:
        data = text.encode(encoding)
    path.write_bytes(data)


def normalise_zip(path: Path) -> None:
    """Rewrite a docx with fixed member times so rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 22, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_docx(path: Path, spec: dict, date: str) -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.title = spec["title"]
    cp.author = spec["author"]
    cp.last_modified_by = spec["author"]
    y, m, day = (int(x) for x in date.split("-"))
    cp.created = dt.datetime(y, m, day, 15, 30, 0)
    cp.modified = dt.datetime(y, m, day, 16, 5, 0)
    cp.last_printed = dt.datetime(y, m, day, 16, 5, 0)
    cp.revision = 2
    for kind, val in spec["paras"]:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        else:
            d.add_paragraph(val)
    d.save(str(path))
    normalise_zip(path)


def write_pdf(path: Path, spec: dict, date: str) -> None:
    y, m, day = (int(x) for x in date.split("-"))
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(dt.datetime(y, m, day, 17, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title(spec["title"])
    pdf.set_author(spec["author"])
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, spec["header"], new_x="LMARGIN", new_y="NEXT")
    pdf.line(10, pdf.get_y() + 1, 205, pdf.get_y() + 1)
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, spec["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for line in spec["lines"]:
        if not line:
            pdf.ln(4)
            continue
        pdf.multi_cell(0, 6, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_eml(path: Path, spec: dict) -> None:
    msg = EmailMessage(policy=SMTP)
    for k, v in spec["headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(spec["text"], charset="utf-8", cte="8bit")
    path.write_bytes(msg.as_bytes())


def write_vtt(path: Path, cues: list) -> None:
    out = ["WEBVTT", ""]
    for i, (a, b, t) in enumerate(cues, 1):
        out += [str(i), f"{a} --> {b}", t, ""]
    path.write_text("\n".join(out), encoding="utf-8")


def write_srt(path: Path, cues: list) -> None:
    out = []
    for i, (a, b, t) in enumerate(cues, 1):
        out += [str(i), f"{a} --> {b}", t, ""]
    path.write_bytes("\r\n".join(out).encode("utf-8"))


def write_csv(path: Path, header: list[str], rows: list) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (HERE / "roster").mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    write_csv(HERE / "roster" / "teachers.csv", ["id", "name", "email", "slack_user_id"], TEACHERS)
    write_csv(HERE / "roster" / "students.csv", ["id", "name", "grade", "teacher_id", "nickname"], STUDENTS)
    truth, labels, manifest = [], [], []
    for s in DOCS_SPEC:
        p = DOCS / s["name"]
        fmt = s["fmt"]
        if fmt in ("txt", "md"):
            write_txt(p, s["body"], s.get("encoding", "utf-8"), s.get("crlf", False))
        elif fmt == "docx":
            write_docx(p, s["body"], s["date"])
        elif fmt == "pdf":
            write_pdf(p, s["body"], s["date"])
        elif fmt == "eml":
            write_eml(p, s["body"])
        elif fmt == "vtt":
            write_vtt(p, s["body"])
        elif fmt == "srt":
            write_srt(p, s["body"])
        manifest.append((s["name"], s["teacher"]))
        for sid, note in s["rows"]:
            extra = s.get("notes_extra", "")
            n = "; ".join(x for x in (note, extra) if x)
            truth.append((s["name"], sid, s["etype"], s["date"], n))
        for sid, skill, level, quote in s["labels"]:
            labels.append((s["name"], sid, skill, level, quote))
    write_csv(HERE / "manifest.csv", ["document", "teacher_id"], manifest)
    write_csv(HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"{len(DOCS_SPEC)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
