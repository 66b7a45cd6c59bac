"""All text of the Larchmont Ridge Middle School blind set (tuning15).

Every document is a dict:
  name, teacher, fmt, body (format-specific), truth [(sid, type, iso_date, note)],
  labels [(sid, skill, level, quote)]
Formats: txt, md (raw string); bracket (txt file with [hh:mm:ss] Name: lines);
vtt, srt (turn lists); eml (headers + body); docx (blocks + core); pdf (blocks + meta).
"""

SCHOOL = "Larchmont Ridge Middle School"
DOMAIN = "larchmontridge.example.org"

TEACHERS = [
    ("T1601", "Renata Valdivia", "rvaldivia@larchmontridge.example.org", "U16LRVAL01"),
    ("T1602", "Graham Pettibone", "gpettibone@larchmontridge.example.org", "U16LRPET02"),
    ("T1603", "Hollis Ferreira", "hferreira@larchmontridge.example.org", "U16LRFER03"),
    ("T1604", "Desmond Achterberg", "dachterberg@larchmontridge.example.org", "U16LRACH04"),
]

STUDENTS = [
    ("S1601", "Maya Lindqvist", 8, "T1601", ""),
    ("S1602", "Theodore Brannigan", 8, "T1601", "Teddy"),
    ("S1603", "Priya Raghunathan", 8, "T1601", ""),
    ("S1604", "Jonah Whitcombe", 8, "T1601", ""),
    ("S1605", "Maya Okafor", 7, "T1602", ""),
    ("S1606", "Benjamin Castellano", 7, "T1602", "Benji"),
    ("S1607", "Ines Valcourt", 7, "T1602", ""),
    ("S1608", "Rafael Dumont", 7, "T1602", "Rafa"),
    ("S1609", "Clementine Aldridge", 6, "T1603", "Clem"),
    ("S1610", "Oscar Feldhaus", 6, "T1603", ""),
    ("S1611", "Nadia Szymanska", 6, "T1603", ""),
    ("S1612", "Wesley Tran", 6, "T1603", "Wes"),
    ("S1613", "Harper Quillen", 8, "T1604", ""),
    ("S1614", "Devansh Malhotra", 8, "T1604", "Dev"),
    ("S1615", "Lucia Marchetti", 8, "T1604", ""),
    ("S1616", "Samuel Oyelaran", 8, "T1604", "Sam"),
]

GD = "group_discussion_transcript"
PT = "peer_tutoring_transcript"
PP = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
TO = "teacher_observation_note"
PN = "parent_note"

E, D, P, A = "Emerging", "Developing", "Proficient", "Advanced"

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- T1601 Valdivia (ELA / Debate, gr 8)

doc(name="debate prep 9-18.vtt", teacher="T1601", fmt="vtt",
    body=dict(
        note="Rm 114 - debate prep - September scrimmage - 9/18 (Zoom cloud recording, auto captions, names fixed by RV)",
        turns=[
            ("Ms. Valdivia", "Okay, resolution for the September scrimmage: schools should replace letter grades with narrative feedback. Maya, you're opening for the affirmative. Where do you want to start?"),
            ("Maya", "Um, I guess I'd start with the thing about stress. Like, grades make people stressed. Everybody knows that."),
            ("Ms. Valdivia", "Everybody knows it. Where would a judge see that?"),
            ("Maya", "I don't know. I didn't really look it up, I just kind of feel like it's true."),
            ("Teddy", "Wait, wait, I have the best idea, we should say grades are basically illegal"),
            ("Ms. Valdivia", "Teddy, hold that thought, Maya still has the floor."),
            ("Teddy", "Sorry. But it's a good one though."),
            ("Priya", "I found a survey from a district in Oregon where they tried narrative reports, but it was only two schools, so I don't know if it counts as proof. Maybe we say it's promising, not proven."),
            ("Ms. Valdivia", "That's a careful distinction. Maya, could you use that?"),
            ("Maya", "Yeah, okay. So stress is the problem and Priya's survey is one example. Can you write down the order for me? I always forget what comes after the hook."),
            ("Teddy", "I'll just make it up when I get up there. I'm better when I don't plan."),
            ("Priya", "We have four days though. I made a doc with who does which contention, and I put Thursday as the day we practice the rebuttals."),
            ("Ms. Valdivia", "Great. Let's go with Priya's doc. Teddy, you're on the second contention."),
        ]),
    truth=[("S1601", GD, "2025-09-18", "opens affirmative"),
           ("S1602", GD, "2025-09-18", "blurts, no plan"),
           ("S1603", GD, "2025-09-18", "brings evidence, makes plan")],
    labels=[
        ("S1601", "Critical Thinking", E, "I didn't really look it up, I just kind of feel like it's true."),
        ("S1601", "Working Memory", D, "Can you write down the order for me? I always forget what comes after the hook."),
        ("S1602", "Inhibitory Control", E, "Wait, wait, I have the best idea, we should say grades are basically illegal"),
        ("S1602", "Planning & Prioritization", E, "I'll just make it up when I get up there. I'm better when I don't plan."),
        ("S1603", "Critical Thinking", P, "it was only two schools, so I don't know if it counts as proof. Maybe we say it's promising, not proven."),
        ("S1603", "Planning & Prioritization", P, "I made a doc with who does which contention, and I put Thursday as the day we practice the rebuttals."),
    ])

doc(name="Teddy journal wk 6.docx", teacher="T1601", fmt="docx",
    body=dict(
        core=dict(title="Reflection Journal - Week 6", author="tbrannigan", last_modified_by="Renata Valdivia",
                  created="2025-10-03T14:05:00", modified="2025-10-06T07:40:00"),
        blocks=[
            ("h1", "Reflection Journal - Week 6"),
            ("p", "Theodore Brannigan - Period 3 - 10/3"),
            ("pi", "Prompt: Think about the scrimmage on Tuesday. What went well? What would you change?"),
            ("p", "I think it went ok. The other team was just really unfair because they kept asking questions I didn't know the answers to. The judge didn't like me, that's why we lost."),
            ("pi", "Prompt: How did you feel when you were up there?"),
            ("p", "I don't know. Fine I guess. Maybe kind of mad."),
            ("pi", "Prompt: What is one thing you'll do differently before the next scrimmage?"),
            ("p", "Probably nothing, I work best under pressure. I started my case the night before and it was fine, mostly."),
            ("p", "My sister says debate judges pick whoever talks loudest. She did debate at the high school so she would know."),
            ("pi", "Ms. V: Teddy, let's look at your flow sheet together Monday. I think you had more answers written down than you realize."),
        ]),
    truth=[("S1602", RJ, "2025-10-03", "blames judge; early-year baseline")],
    labels=[
        ("S1602", "Self-Awareness", E, "The judge didn't like me, that's why we lost."),
        ("S1602", "Task Initiation", E, "I started my case the night before and it was fine, mostly."),
        ("S1602", "Critical Thinking", E, "She did debate at the high school so she would know."),
    ])

doc(name="Exit ticket.docx", teacher="T1601", fmt="docx",
    body=dict(
        core=dict(title="Exit Ticket", author="Renata Valdivia", last_modified_by="Priya Raghunathan",
                  created="2025-08-20T09:00:00", modified="2025-10-15T13:52:00"),
        blocks=[
            ("h2", "Exit Ticket - Counterarguments"),
            ("p", "Name: Priya R.      Per: 3      Date: 10/15"),
            ("table", [["Question", "Your answer"],
                       ["What is a counterargument and why does it make your essay stronger?",
                        "A counterargument is the best point the other side would make. If you answer it before they say it, the reader trusts you more because you aren't hiding anything."],
                       ["What is one thing you're still confused about?",
                        "Not confused exactly, but I don't know how many counterarguments is too many. I'm going to check the model essay on Classroom tonight and count."],
                       ["Rate your understanding (1-4)", "3"]]),
        ]),
    truth=[("S1603", RJ, "2025-10-15", "exit ticket")],
    labels=[
        ("S1603", "Communication", P, "If you answer it before they say it, the reader trusts you more because you aren't hiding anything."),
        ("S1603", "Critical Thinking", P, "I'm going to check the model essay on Classroom tonight and count."),
    ])

doc(name="notes tues.txt", teacher="T1601", fmt="txt",
    body="""Tues 11/4 - 3rd period, fishbowl debate (immigration unit)

Jonah - did not interrupt once during the fishbowl today, which is a first. He waited for Maya to finish before he jumped in and he even said "building on what Maya said" before his point. Still needs a nudge to write anything on his flow sheet - had to remind him twice before he picked up a pen.

Maya L - quiet again in round 1. When I asked her directly she gave a clear, well-organized answer, but she doesn't volunteer. Told me afterward she didn't want to say something wrong in front of everybody.

Teddy absent (dentist).

Reminder to self: call the Whitcombes re: conference time. Copy room code 4471.
""",
    truth=[("S1604", TO, "2025-11-04", "praise phrased as negation"),
           ("S1601", TO, "2025-11-04", "second student in same note")],
    labels=[
        ("S1604", "Relationship Skills", D, "did not interrupt once during the fishbowl today, which is a first. He waited for Maya to finish before he jumped in"),
        ("S1604", "Task Initiation", D, "Still needs a nudge to write anything on his flow sheet - had to remind him twice before he picked up a pen."),
        ("S1601", "Communication", D, "When I asked her directly she gave a clear, well-organized answer, but she doesn't volunteer."),
        ("S1601", "Self-Awareness", D, "Told me afterward she didn't want to say something wrong in front of everybody."),
    ])

doc(name="Whitcombe conf 11-20.md", teacher="T1601", fmt="md",
    body="""# Fall Conference - Jonah Whitcombe

**Student:** Jonah Whitcombe
**Date:** 11/20/25
**Attending:** Ms. Valdivia, Mrs. Whitcombe (mom), Jonah
**Type:** Parent-teacher conference (fall)

## Strengths
- Jonah is a strong oral arguer when the topic interests him. In the immigration round he rebutted three points without looking at notes.

## Concerns
- Missing 3 of 5 journal entries this quarter. Jonah says he forgets they exist until Friday.
- Jonah admitted he copied a classmate's journal answers in October "because it was just journals."

## What mom shared
- Mom said at home he told her "debate is the only class where I don't zone out." She wasn't sure if that was good news or bad news.

## Next steps
- Jonah said he'd try a sticky note on his laptop with the journal due days. Mom will check the planner Sunday nights.
- Friday planner check with me (2 min, end of class).
""",
    truth=[("S1604", TO, "2025-11-20", "conference notes filed as teacher observation")],
    labels=[
        ("S1604", "Communication", P, "In the immigration round he rebutted three points without looking at notes."),
        ("S1604", "Planning & Prioritization", E, "Missing 3 of 5 journal entries this quarter. Jonah says he forgets they exist until Friday."),
        ("S1604", "Responsible Decision-Making", E, "Jonah admitted he copied a classmate's journal answers in October \"because it was just journals.\""),
        ("S1604", "Inhibitory Control", D, "debate is the only class where I don't zone out."),
        ("S1604", "Organization", D, "Jonah said he'd try a sticky note on his laptop with the journal due days. Mom will check the planner Sunday nights."),
    ])

doc(name="Fwd_ Maya - debate tournament.eml", teacher="T1601", fmt="eml",
    body=dict(
        headers=[("From", "Larchmont Ridge Front Office <frontoffice@larchmontridge.example.org>"),
                 ("To", "Renata Valdivia <rvaldivia@larchmontridge.example.org>"),
                 ("Subject", "Fwd: Maya - debate tournament"),
                 ("Date", "Mon, 12 Jan 2026 08:14:00 -0500"),
                 ("Message-ID", "<fwd-20260112-0814@larchmontridge.example.org>")],
        text="""Hi Renata,

This came to the main inbox over the weekend - I think it's meant for you.

Dolores
Front Office

---------- Forwarded message ---------
From: Erik Lindqvist <e.lindqvist.home@example.net>
Date: Sun, Jan 11, 2026 at 9:47 PM
Subject: Maya - debate tournament
To: <info@larchmontridge.example.org>

Hello,

I'm writing about the Winter Invitational yesterday. Maya came home so proud. She told us, "I didn't freeze this time, I just looked at my notes and kept going." Last fall she would have cried in the car.

She also said a girl from the other school asked her a question she didn't expect, and she just said she'd come back to it in her rebuttal, like you practiced with them.

She has been practicing her speeches on her little brother every night without anyone telling her to, which he does not love.

Could you tell us whether there is a spring tournament, and whether parents can watch?

Thank you for everything,
Erik Lindqvist
"""),
    truth=[("S1601", PN, "2026-01-11", "forwarded; date of parent's original message")],
    labels=[
        ("S1601", "Self-Management", P, "I didn't freeze this time, I just looked at my notes and kept going."),
        ("S1601", "Cognitive Flexibility", P, "asked her a question she didn't expect, and she just said she'd come back to it in her rebuttal"),
        ("S1601", "Task Initiation", P, "She has been practicing her speeches on her little brother every night without anyone telling her to"),
    ])

doc(name="Priya tutoring Jonah.srt", teacher="T1601", fmt="srt",
    body=dict(
        turns=[
            ("Priya", "Okay, so your claim is that phones should be allowed at lunch. What's your first reason?"),
            ("Jonah", "Uh, because kids want them."),
            ("Priya", "Okay, but would the principal care that kids want them? Think about who you're trying to convince."),
            ("Jonah", "Oh. The principal. So maybe safety? If there's an emergency parents can text."),
            ("Priya", "Yes! That's a reason she'd actually care about. Write that down before you lose it."),
            ("Jonah", "I'm writing it. I'm writing it on the outline this time, not my hand."),
            ("Priya", "When I tutored Sofia last week she had the same problem, so I made this little chart - reason, who cares, proof. You can keep it."),
            ("Ms. Valdivia", "Two minutes, folks."),
            ("Jonah", "Wait, so I have safety, and then the second one was... I forgot."),
            ("Priya", "It's on the chart. Look at the second row."),
            ("Jonah", "Oh right, kids learn to use phones responsibly. Okay. I got it."),
        ],
        trailer="""
--- RV 2/5 ---
Skills observed: Priya - Relationship Skills: Advanced. Jonah - Working Memory: Developing.
"""),
    truth=[("S1603", PT, "2026-02-05", "tutor; file named for both"),
           ("S1604", PT, "2026-02-05", "tutee")],
    labels=[
        ("S1603", "Communication", A, "Okay, but would the principal care that kids want them? Think about who you're trying to convince."),
        ("S1603", "Organization", A, "When I tutored Sofia last week she had the same problem, so I made this little chart - reason, who cares, proof. You can keep it."),
        ("S1604", "Organization", D, "I'm writing it on the outline this time, not my hand."),
        ("S1604", "Working Memory", E, "Wait, so I have safety, and then the second one was... I forgot."),
    ])

doc(name="peer feedback - persuasive essays.pdf", teacher="T1601", fmt="pdf",
    body=dict(
        meta=dict(title="Peer Feedback Form - Persuasive Essay", author="Renata Valdivia", creator="Microsoft Word",
                  date="2025-12-09T15:20:00"),
        blocks=[
            ("title", "Peer Feedback Form - Persuasive Essay"),
            ("p", "Reviewer: Theodore B.     Writer: Maya L.     Date: 12/9/25"),
            ("h", "1. What is the writer's strongest piece of evidence?"),
            ("p", "The part about the district survey is strong because it has actual numbers, 62 percent of students. But I looked it up and the survey was only at one school so maybe say that."),
            ("h", "2. What is one thing the writer should change?"),
            ("p", "Your conclusion just repeats the intro word for word. I did that too on my first draft so I get it, but you could end with the story about your cousin instead since that was the most interesting part."),
            ("h", "3. Writer's response"),
            ("p", "Thanks, I didn't know about the one school thing. I'll add it. I'm keeping the intro though because I like it. - Maya"),
        ]),
    truth=[("S1602", PF, "2025-12-09", "writes the feedback"),
           ("S1601", PF, "2025-12-09", "receives and responds")],
    labels=[
        ("S1602", "Critical Thinking", P, "But I looked it up and the survey was only at one school so maybe say that."),
        ("S1602", "Social Awareness", P, "I did that too on my first draft so I get it"),
        ("S1602", "Communication", P, "you could end with the story about your cousin instead since that was the most interesting part."),
        ("S1601", "Critical Thinking", D, "Thanks, I didn't know about the one school thing. I'll add it."),
    ])

doc(name="Maya speech final.txt", teacher="T1601", fmt="txt",
    body="""Auto-transcript - Period 3 - 3/12/26 - Maya L persuasive speech (final)

okay so um. Imagine you got a B on a project you worked on for three weeks, and the only thing written on it was the B. That happened to me in sixth grade and I still don't know what I did wrong.

Today I'm going to argue that Larchmont Ridge should add narrative feedback to every report card. Not replace grades, add to them, because I know some of you are already thinking about how high schools need grades.

My first source is a survey from the state education department, which is more reliable than the blog I found first, because the blog was selling a grading app.

When I practiced this I used to freeze at this part, so I put a star on my card. Okay. Second, narrative feedback helps kids set goals, because you know what to fix.

So I'm asking you to sign the letter to the school board on the table by the door.

(applause)

thank you. Questions? ... yes. um, that's a good question, I actually didn't think about teachers having 150 students, so maybe it could be once a semester instead of every quarter.
""",
    truth=[("S1601", PP, "2026-03-12", "no speaker labels; presenter named in header")],
    labels=[
        ("S1601", "Communication", P, "Not replace grades, add to them, because I know some of you are already thinking about how high schools need grades."),
        ("S1601", "Digital Literacy", A, "which is more reliable than the blog I found first, because the blog was selling a grading app."),
        ("S1601", "Self-Management", P, "When I practiced this I used to freeze at this part, so I put a star on my card."),
        ("S1601", "Cognitive Flexibility", P, "I actually didn't think about teachers having 150 students, so maybe it could be once a semester instead of every quarter."),
    ])

doc(name="scan 3.pdf", teacher="T1601", fmt="pdf",
    body=dict(
        meta=dict(title="scan 3", author="", creator="Microsoft Word", date="2025-10-28T16:02:00"),
        blocks=[
            ("title", "EXIT TICKET"),
            ("p", "Name: ______________________     Per: 3     Date: ________"),
            ("h", "What I learned today:"),
            ("p", "how to do a rebuttal, you say what they said then why its wrong then your proof"),
            ("h", "A question I still have:"),
            ("p", "do we get the topics before the tournament or on the day"),
        ]),
    truth=[("ASK", "", "", "unsigned, undated exit ticket; handwriting only")],
    labels=[])

doc(name="Teddy journal april.docx", teacher="T1601", fmt="docx",
    body=dict(
        core=dict(title="Reflection Journal - April", author="tbrannigan", last_modified_by="tbrannigan",
                  created="2026-04-22T13:30:00", modified="2026-04-22T14:10:00"),
        blocks=[
            ("h1", "Reflection Journal - April"),
            ("p", "Teddy B. - 4/22/26"),
            ("pi", "Prompt: Look back at your Week 6 journal. What has changed?"),
            ("p", "Honestly my Week 6 journal is kind of embarrassing. I said the judge didn't like me, but really I didn't know my evidence. I get frustrated when I'm not prepared and then I talk louder, which makes it worse."),
            ("p", "I need fewer reminders now to start my case. For the spring tournament I started two weeks early and made a schedule with Priya: research Monday, write Wednesday, practice Friday."),
            ("pi", "Prompt: What is one goal for the rest of the year?"),
            ("p", "I want to stop cutting people off in cross-ex. I still do it sometimes. I'm going to write a little W on my flow for wait, because I know I do it when I'm excited, not because I'm being mean."),
            ("pi", "RV: Love this growth, Teddy! Self-Awareness: Proficient"),
        ]),
    truth=[("S1602", RJ, "2026-04-22", "growth over year")],
    labels=[
        ("S1602", "Self-Awareness", P, "I get frustrated when I'm not prepared and then I talk louder, which makes it worse."),
        ("S1602", "Task Initiation", P, "I need fewer reminders now to start my case. For the spring tournament I started two weeks early"),
        ("S1602", "Planning & Prioritization", P, "made a schedule with Priya: research Monday, write Wednesday, practice Friday."),
        ("S1602", "Inhibitory Control", D, "I want to stop cutting people off in cross-ex. I still do it sometimes."),
        ("S1602", "Self-Management", P, "I'm going to write a little W on my flow for wait, because I know I do it when I'm excited"),
    ])

doc(name="quarterfinal debrief 2-27.txt", teacher="T1601", fmt="bracket",
    body=dict(
        header="""Debate team debrief - Lincoln-Hale Invitational quarterfinal - Fri 2/27
Recorded in Rm 114 on the class iPad. Present: Ms. Valdivia, Maya L., Jonah W., Maya O. (Pettibone's homeroom - our new alternate)
""",
        turns=[
            ("Ms. Valdivia", "Okay, we lost the quarterfinal two to one. I want to hear what you noticed before I say anything."),
            ("Jonah W.", "I think we lost because we never answered their economic point. I kept waiting for someone to do it and nobody did, and that's partly on me."),
            ("Maya O.", "Their second speaker also used a statistic from 2009. Somebody should have called that out."),
            ("Maya L.", "I had that on my flow! I wrote old stat with a question mark, but I didn't say it because I wasn't sure."),
            ("Maya L.", "Next time if I'm not sure I'm going to say we'd ask the judge to consider how old this data is, because that's still true even if I'm wrong about the rest."),
            ("Ms. Valdivia", "That's exactly the move. Jonah, what would have helped you answer the economic point?"),
            ("Jonah W.", "Honestly? If I'd split the prep with Maya, like she takes economy and I take rights. We tried to both do everything."),
            ("Maya L.", "I can make a shared doc tonight with the split. And I'll put Maya O. on the cards for the health argument so she's not just sitting there at the next one."),
            ("Maya O.", "Thanks. I can also check the dates on all their stats, I'm good at that."),
            ("Ms. Valdivia", "Love it. Skills observed: Maya L - Collaboration: Proficient. Jonah - Self-Awareness: Developing."),
        ],
        start=8,
        trailer="-- end of recording --\n"),
    truth=[("S1601", GD, "2026-02-27", "Maya L. (not Maya O., T1602)"),
           ("S1604", GD, "2026-02-27", "")],
    labels=[
        ("S1604", "Self-Awareness", P, "I kept waiting for someone to do it and nobody did, and that's partly on me."),
        ("S1601", "Critical Thinking", P, "I had that on my flow! I wrote old stat with a question mark"),
        ("S1601", "Communication", A, "Next time if I'm not sure I'm going to say we'd ask the judge to consider how old this data is, because that's still true even if I'm wrong about the rest."),
        ("S1604", "Collaboration", D, "If I'd split the prep with Maya, like she takes economy and I take rights. We tried to both do everything."),
        ("S1601", "Task Initiation", P, "I can make a shared doc tonight with the split."),
        ("S1601", "Collaboration", A, "I'll put Maya O. on the cards for the health argument so she's not just sitting there at the next one."),
    ])

# ---------------------------------------------------------------- T1602 Pettibone (Science / Robotics, gr 7)

doc(name="robotics build log 9-23.txt", teacher="T1602", fmt="bracket",
    body=dict(
        header="""Robotics club - build session - Tue 9/23 - audio from table mic (Team 2)
""",
        turns=[
            ("Mr. Pettibone", "Team two, the arm is still dropping the cube. What's the plan?"),
            ("Benji", "I already know what's wrong, it's the gear ratio, just give me the wrench, I'll do it. Rafa you can watch."),
            ("Ines", "Can we test it first though? Like run it three times and write down where it drops, so we know it's the gears and not the code."),
            ("Benji", "It's the gears. Trust me."),
            ("Rafa", "Whatever. I'm not good at this anyway. I'm just gonna sit over here."),
            ("Mr. Pettibone", "Rafa, Ines needs someone to record the drop points. Can you take the clipboard?"),
            ("Rafa", "Fine. Wait, what do I write? I already forgot what you said."),
            ("Ines", "Okay run one, it dropped at the top. Rafa, write top. Run two... also top."),
            ("Rafa", "Top again. So it's only when it's all the way up."),
            ("Ines", "Yeah! Good catch. That means it's probably the motor straining, not the code."),
            ("Benji", "Okay, that's... actually what I said. Sort of. Fine, let's look at the gears together."),
        ],
        start=5,
        trailer=""),
    truth=[("S1606", GD, "2025-09-23", ""), ("S1607", GD, "2025-09-23", ""), ("S1608", GD, "2025-09-23", "")],
    labels=[
        ("S1606", "Collaboration", E, "I already know what's wrong, it's the gear ratio, just give me the wrench, I'll do it. Rafa you can watch."),
        ("S1607", "Critical Thinking", P, "run it three times and write down where it drops, so we know it's the gears and not the code."),
        ("S1608", "Self-Management", E, "Whatever. I'm not good at this anyway. I'm just gonna sit over here."),
        ("S1608", "Working Memory", E, "I already forgot what you said."),
        ("S1608", "Critical Thinking", D, "Top again. So it's only when it's all the way up."),
    ])

doc(name="Obs - Rafa.docx", teacher="T1602", fmt="docx",
    body=dict(
        core=dict(title="Observation - Rafael Dumont", author="Graham Pettibone", last_modified_by="Graham Pettibone",
                  created="2025-10-08T15:10:00", modified="2025-10-08T15:32:00", subject="Science 7 - P5"),
        blocks=[
            ("h1", "Observation - Rafael Dumont"),
            ("p", "Date: Wed 10/8   |   Setting: 5th period Science, density lab   |   Observer: G. Pettibone"),
            ("table", [["Time", "What I saw"],
                       ["10:02", "Sat down, didn't open the lab packet until I came over. Said he didn't know where to start."],
                       ["10:15", "Knocked over a graduated cylinder; laughed, started mopping it with his hoodie sleeve. Partner (Ines) redirected him."],
                       ["10:30", "Once I broke the procedure into 3 steps on a sticky note, he finished steps 1 and 2 on his own and measured carefully."],
                       ["10:41", "Asked Ines if he could do the math part - first time I've seen him volunteer for anything in a group."],
                       ["10:50", "Stopped a tablemate from pouring the leftover copper sulfate down the sink and pointed at the waste-bucket sign."]]),
            ("h2", "Next steps"),
            ("p", "Try sticky-note steps again Friday. Check in with counselor (Ms. Oduya) about frustration."),
        ]),
    truth=[("S1608", TO, "2025-10-08", "Ines only mentioned as partner")],
    labels=[
        ("S1608", "Task Initiation", E, "Sat down, didn't open the lab packet until I came over. Said he didn't know where to start."),
        ("S1608", "Inhibitory Control", E, "Knocked over a graduated cylinder; laughed, started mopping it with his hoodie sleeve."),
        ("S1608", "Working Memory", D, "Once I broke the procedure into 3 steps on a sticky note, he finished steps 1 and 2 on his own and measured carefully."),
        ("S1608", "Collaboration", D, "Asked Ines if he could do the math part - first time I've seen him volunteer for anything in a group."),
        ("S1608", "Responsible Decision-Making", D, "Stopped a tablemate from pouring the leftover copper sulfate down the sink and pointed at the waste-bucket sign."),
    ])

doc(name="Castellano email.eml", teacher="T1602", fmt="eml",
    body=dict(
        headers=[("From", "Marisol Castellano <marisol.castellano@example.net>"),
                 ("To", "Graham Pettibone <gpettibone@larchmontridge.example.org>"),
                 ("Subject", "Benji and robotics"),
                 ("Date", "Tue, 21 Oct 2025 19:32:10 -0400"),
                 ("Message-ID", "<mc-20251021-1932@example.net>")],
        text="""Hi Mr. Pettibone,

Benji has been talking nonstop about robotics, so thank you. I wanted to give you a heads-up about something though. He came home today upset and said, "Nobody on my team listens to me, I'm the only one who knows how to build." When I said maybe the others have ideas too, he said their ideas are slower.

He is not a kid who struggles with organizing - his Lego bins are labeled by color and size and he keeps a notebook of every build he has ever done. But working with other kids is hard for him.

Any suggestions for what we can do at home?

Thanks,
Marisol Castellano
"""),
    truth=[("S1606", PN, "2025-10-21", "mother quoting child")],
    labels=[
        ("S1606", "Collaboration", E, "Nobody on my team listens to me, I'm the only one who knows how to build."),
        ("S1606", "Social Awareness", E, "When I said maybe the others have ideas too, he said their ideas are slower."),
        ("S1606", "Organization", P, "He is not a kid who struggles with organizing - his Lego bins are labeled by color and size and he keeps a notebook of every build he has ever done."),
    ])

doc(name="Lab reflection Ines.md", teacher="T1602", fmt="md",
    body="""# Lab Reflection - Pendulum Investigation

**Name:** Ines Valcourt
**Date:** 11/13/25
**Period:** 5

**Prompt 1: What was your hypothesis, and what happened?**

I thought a heavier bob would swing faster. It didn't. The period stayed about 1.4 seconds whether we used 50 g or 200 g. At first I thought we measured wrong, so we did 5 more trials, and it was the same, so I changed my mind.

**Prompt 2: What would you change if you did it again?**

I would use the slow-motion video on the iPad instead of the stopwatch, because our reaction times added like 0.2 seconds of error. I checked that by timing the same swing three times with two people.

**Prompt 3: How did your group work together?**

Good. Rafa did the timing and he didn't quit even when the string broke, which is new for him. Benji still wants to do everything but he let me run the trials this time.

**Teacher comment:** Nice reasoning about error, Ines. Critical Thinking: Proficient. -GP
""",
    truth=[("S1607", RJ, "2025-11-13", "Rafa and Benji only described by Ines")],
    labels=[
        ("S1607", "Critical Thinking", P, "At first I thought we measured wrong, so we did 5 more trials, and it was the same"),
        ("S1607", "Cognitive Flexibility", P, "and it was the same, so I changed my mind."),
        ("S1607", "Digital Literacy", P, "I would use the slow-motion video on the iPad instead of the stopwatch, because our reaction times added like 0.2 seconds of error."),
    ])

doc(name="peer review slides round 1.docx", teacher="T1602", fmt="docx",
    body=dict(
        core=dict(title="Peer Review - Ecosystem Slides", author="Graham Pettibone", last_modified_by="Graham Pettibone",
                  created="2025-12-03T10:00:00", modified="2025-12-03T11:45:00"),
        blocks=[
            ("h1", "Peer Review - Ecosystem Slides (Round 1)"),
            ("p", "Period 5 - 12/3 - typed up from the sticky-note wall"),
            ("table", [["Reviewer", "Presenter", "Glow", "Grow"],
                       ["Maya O.", "Ines V.", "Your food web slide is so clear, I could follow every arrow.",
                        "Slide 4 has a lot of words. Maybe read less off the slide and say it in your own words, because you obviously know it."],
                       ["Benji C.", "Maya O.", "good", "more pictures i guess"],
                       ["Ines V.", "Benji C.", "You know a lot about wolves and it shows.",
                        "You went really fast and I couldn't write anything down. Also when Rafa asked a question you kind of talked over him, maybe let him finish next time."]]),
        ]),
    truth=[("S1605", PF, "2025-12-03", "reviewer and presenter"),
           ("S1606", PF, "2025-12-03", "reviewer and presenter"),
           ("S1607", PF, "2025-12-03", "reviewer and presenter")],
    labels=[
        ("S1605", "Communication", P, "Maybe read less off the slide and say it in your own words, because you obviously know it."),
        ("S1606", "Communication", E, "more pictures i guess"),
        ("S1607", "Communication", P, "You went really fast and I couldn't write anything down."),
        ("S1607", "Social Awareness", P, "Also when Rafa asked a question you kind of talked over him, maybe let him finish next time."),
    ])

doc(name="Rafa + Benji tutoring 1-14.vtt", teacher="T1602", fmt="vtt",
    body=dict(
        note="Robotics - peer tutoring - distance sensor - 1/14/26",
        turns=[
            ("Mr. Pettibone", "Benji, you're helping Rafa get the distance sensor code working. Rafa drives, Benji coaches. Hands off the keyboard, Benji."),
            ("Benji", "Okay. Okay, hands in my pockets. So Rafa, what do you think the robot should do when the sensor says something is close?"),
            ("Rafa", "Stop? Or turn. I don't know, I always mess up the if statements."),
            ("Benji", "You don't always mess them up, you got the line follower working last week. Just try it and we'll run it."),
            ("Rafa", "Okay. If distance is less than 20, then stop. Like that?"),
            ("Benji", "Yeah, run it."),
            ("Rafa", "It stopped! Wait, but now it just stays stopped forever."),
            ("Benji", "Huh. Okay, what could make it go again? There's probably like three ways to do it."),
            ("Rafa", "Um, we could make it back up. Or turn right. Or wait two seconds and check again."),
            ("Rafa", "I'll try the turn one first because that's what it has to do on the course."),
            ("Mr. Pettibone", "Nice. I didn't hear one I can't from you today, Rafa."),
            ("Rafa", "Yeah because Benji isn't grabbing the laptop anymore."),
        ]),
    truth=[("S1606", PT, "2026-01-14", "tutor"), ("S1608", PT, "2026-01-14", "tutee")],
    labels=[
        ("S1606", "Inhibitory Control", D, "Okay. Okay, hands in my pockets."),
        ("S1606", "Relationship Skills", P, "You don't always mess them up, you got the line follower working last week. Just try it and we'll run it."),
        ("S1606", "Cognitive Flexibility", P, "There's probably like three ways to do it."),
        ("S1608", "Cognitive Flexibility", P, "we could make it back up. Or turn right. Or wait two seconds and check again."),
        ("S1608", "Planning & Prioritization", D, "I'll try the turn one first because that's what it has to do on the course."),
    ])

doc(name="science fair presentation - Maya O.pdf", teacher="T1602", fmt="pdf",
    body=dict(
        meta=dict(title="Science Fair Judging Transcript - Okafor", author="Graham Pettibone", creator="Microsoft Word",
                  date="2026-02-11T18:30:00"),
        blocks=[
            ("title", "Science Fair - Judging Round Transcript"),
            ("p", "Presenter: Maya Okafor (Gr 7, Pettibone)    Date: February 11, 2026"),
            ("p", "Project: Do Cover Crops Reduce Runoff?"),
            ("p", "MAYA: My question started when our creek flooded the soccer field last spring. I built six trays of soil, three with clover planted and three bare, and poured the same amount of water on each."),
            ("p", "MAYA: The clover trays lost 40 percent less soil on average. But I want to be honest that six trays is a small sample, and my trays were flat while real farms have slopes, so I'm not claiming this would work everywhere."),
            ("p", "JUDGE 1: What would you do next?"),
            ("p", "MAYA: I already emailed a farmer in Bellwood County who uses cover crops, and she said the bigger problem for her is cost, so my next version would compare cheap seed mixes with expensive ones."),
            ("p", "MAYA: I also found out farmers in Kenya and Brazil use a similar method with different plants, so I want to test one of those and see if it works in our clay soil."),
            ("p", "JUDGE 2: How did you make sure the water was the same?"),
            ("p", "MAYA: I thought you might ask about the water amount, so I brought my data table. Every tray got exactly 500 mL, measured twice."),
            ("p", "Judges' rubric scores attached separately."),
        ]),
    truth=[("S1605", PP, "2026-02-11", "")],
    labels=[
        ("S1605", "Critical Thinking", A, "six trays is a small sample, and my trays were flat while real farms have slopes, so I'm not claiming this would work everywhere."),
        ("S1605", "Task Initiation", A, "I already emailed a farmer in Bellwood County who uses cover crops"),
        ("S1605", "Global Awareness", A, "I also found out farmers in Kenya and Brazil use a similar method with different plants, so I want to test one of those"),
        ("S1605", "Communication", A, "I thought you might ask about the water amount, so I brought my data table."),
    ])

doc(name="regionals recap.txt", teacher="T1602", fmt="txt",
    body="""Regionals recap - Sat 3/7 - Larchmont Ridge Robotics (Team 4471)
Quick notes for myself before I forget.

Rafa: honestly the story of the day. When our arm motor burned out in round 3 he didn't panic - he pulled the spare from the bin he'd labeled himself in January and had it swapped before the field reset. Then he walked the rookies from Hillcrest through how to check their wiring. Nobody asked him to.

Ines: drove all five matches. Did not once lose her cool when our alliance partner's robot kept crashing into ours; instead she went and talked to their drive coach between rounds and they agreed on lanes. Next match was clean.

Oscar Feldhaus (Hollis's kid, our scout) kept the scouting spreadsheet all day - great job, tell Hollis.

Benji was at his cousin's wedding - missed it.

Need: new battery charger, more zip ties, reimbursement form for pizza.
""",
    truth=[("S1608", TO, "2026-03-07", ""), ("S1607", TO, "2026-03-07", "")],
    labels=[
        ("S1608", "Self-Management", A, "When our arm motor burned out in round 3 he didn't panic"),
        ("S1608", "Organization", P, "he pulled the spare from the bin he'd labeled himself in January and had it swapped before the field reset."),
        ("S1608", "Relationship Skills", A, "Then he walked the rookies from Hillcrest through how to check their wiring. Nobody asked him to."),
        ("S1607", "Collaboration", A, "instead she went and talked to their drive coach between rounds and they agreed on lanes."),
    ])

doc(name="RE_ robot club pickup.eml", teacher="T1602", fmt="eml",
    body=dict(
        headers=[("From", "Thierry Valcourt <tvalcourt@example.net>"),
                 ("To", "Graham Pettibone <gpettibone@larchmontridge.example.org>"),
                 ("Subject", "RE: robot club pickup"),
                 ("Date", "Tue, 10 Mar 2026 07:05:44 -0400"),
                 ("In-Reply-To", "<gp-20260309-1640@larchmontridge.example.org>"),
                 ("Message-ID", "<tv-20260310-0705@example.net>")],
        text="""Hi Graham,

Yes, 5:15 pickup works on Thursdays. Ines will take the late bus on Tuesdays.

Also thank you for the note about regionals. Ines didn't say much about it at home, which is typical - she never brags. But she did tell us she wants to start a robotics club for the fourth graders at Maple Street Elementary where her brother goes, and she has already written up a list of what they would need and who she could ask to help.

Best,
Thierry

> On Mon, Mar 9, 2026 at 4:40 PM Graham Pettibone wrote:
> Hi Mr. Valcourt, quick logistics question about pickup times for the
> spring season. Also - Ines was terrific at regionals. She kept the whole
> drive team calm.
"""),
    truth=[("S1607", PN, "2026-03-10", "quoted teacher text below the reply")],
    labels=[
        ("S1607", "Task Initiation", A, "she wants to start a robotics club for the fourth graders at Maple Street Elementary where her brother goes, and she has already written up a list of what they would need"),
    ])

doc(name="Exit slip 4-16.txt", teacher="T1602", fmt="txt",
    body="""EXIT SLIP - Thurs 4/16
name: Rafa D      per 5

1) How did you start today's lab?
I read all the steps first and I set out the stuff in order before Mr P said go. I need fewer reminders now. In September I wouldnt even open the packet lol

2) What's one thing that was hard?
When the scale was broken I got mad for like a second but then I just used the other table's scale and kept going.

3) Rate yourself 1-4: 3
""",
    truth=[("S1608", RJ, "2026-04-16", "improvement statement")],
    labels=[
        ("S1608", "Working Memory", P, "I read all the steps first and I set out the stuff in order before Mr P said go."),
        ("S1608", "Task Initiation", P, "I need fewer reminders now. In September I wouldnt even open the packet lol"),
        ("S1608", "Self-Management", P, "When the scale was broken I got mad for like a second but then I just used the other table's scale and kept going."),
    ])

doc(name="Benji final reflection.pdf", teacher="T1602", fmt="pdf",
    body=dict(
        meta=dict(title="End-of-Year Reflection", author="Benjamin Castellano", creator="Microsoft Word",
                  date="2026-05-20T12:15:00"),
        blocks=[
            ("title", "End-of-Year Reflection - Robotics & Science"),
            ("p", "Benjamin Castellano  |  7th grade  |  Mr. Pettibone  |  May 20, 2026"),
            ("h", "Prompt: How have you changed as a teammate this year?"),
            ("p", "At the start of the year I thought being a good teammate meant being the one who fixes everything. I told my mom nobody listens to me. Now I think I wasn't listening to them."),
            ("p", "When I tutored Rafa in January I had to keep my hands in my pockets, literally. It was hard but he figured out the turn code himself and that made him way more confident than if I did it."),
            ("p", "This spring I started helping the sixth graders at lunch club, and I use the same trick - ask a question instead of grabbing. Two of them entered the county build challenge."),
            ("p", "At the April scrimmage I said we shouldn't use the battery that was still hot, even though it was our best one, because it could swell and hurt someone. We lost that match but I'd do it again."),
            ("h", "Prompt: What is a goal for 8th grade?"),
            ("p", "I want to be drive team captain. To do that I need to get better at planning, because I still leave the engineering notebook until the night before it's due."),
        ]),
    truth=[("S1606", RJ, "2026-05-20", "growth over year")],
    labels=[
        ("S1606", "Self-Awareness", P, "At the start of the year I thought being a good teammate meant being the one who fixes everything. I told my mom nobody listens to me. Now I think I wasn't listening to them."),
        ("S1606", "Social Awareness", P, "he figured out the turn code himself and that made him way more confident than if I did it."),
        ("S1606", "Relationship Skills", A, "This spring I started helping the sixth graders at lunch club, and I use the same trick - ask a question instead of grabbing."),
        ("S1606", "Responsible Decision-Making", P, "I said we shouldn't use the battery that was still hot, even though it was our best one, because it could swell and hurt someone."),
        ("S1606", "Task Initiation", E, "I still leave the engineering notebook until the night before it's due."),
    ])

# ---------------------------------------------------------------- T1603 Ferreira (Social Studies, gr 6)

doc(name="Socratic seminar 9-30.vtt", teacher="T1603", fmt="vtt",
    body=dict(
        note="6th grade Social Studies - Socratic seminar - Colorado River - 9/30",
        turns=[
            ("Ms. Ferreira", "Today's question: when a river runs through seven states and two countries, who gets to decide how the water is used? Remember, talk to each other, not to me."),
            ("Oscar", "The state where the river starts should get it. It's their river."),
            ("Nadia", "But the article said Mexico is at the end and sometimes the river doesn't even reach the ocean anymore. So if everyone upstream takes it, the people at the end get nothing."),
            ("Clem", "I agree with Nadia."),
            ("Ms. Ferreira", "Can you say more, Clem?"),
            ("Clem", "Um. No, that's okay."),
            ("Wesley", "I saw on TikTok that California uses like 90 percent of all the water in America, so it's basically California's fault."),
            ("Nadia", "Is that true though? Our handout has a chart and California is the biggest user but it's nowhere near 90 percent."),
            ("Wesley", "Okay but it's still a lot. Whatever, same thing."),
            ("Oscar", "Wait, I want to change what I said. If it's their river but the water goes to other people's farms downstream, maybe it's kind of everybody's river."),
        ]),
    truth=[("S1609", GD, "2025-09-30", ""), ("S1610", GD, "2025-09-30", ""),
           ("S1611", GD, "2025-09-30", ""), ("S1612", GD, "2025-09-30", "")],
    labels=[
        ("S1610", "Global Awareness", E, "The state where the river starts should get it. It's their river."),
        ("S1611", "Global Awareness", P, "So if everyone upstream takes it, the people at the end get nothing."),
        ("S1609", "Communication", E, "Um. No, that's okay."),
        ("S1612", "Critical Thinking", E, "I saw on TikTok that California uses like 90 percent of all the water in America, so it's basically California's fault."),
        ("S1611", "Critical Thinking", P, "Our handout has a chart and California is the biggest user but it's nowhere near 90 percent."),
        ("S1610", "Cognitive Flexibility", D, "Wait, I want to change what I said."),
    ])

doc(name="Wes obs.txt", teacher="T1603", fmt="txt",
    body="""Wes - Fri 10/10 - 2nd period

Map project work time. Wes spent the first 15 min on the Chromebook "looking for a good font" and then on a soccer highlights tab. When I came by he closed it fast.

Once I sat with him and we listed the 4 things the map needs, he did all four - labels, compass rose, key, scale. Neat work.

Copied Oscar's map key word for word, including Oscar's spelling mistake.

His binder is a disaster - found the unit 1 study guide crumpled under last year's math homework.

Plan: checklist taped inside binder; move his seat next to Clem (calm table).
""",
    truth=[("S1612", TO, "2025-10-10", "Oscar/Clem only mentioned")],
    labels=[
        ("S1612", "Task Initiation", E, "Wes spent the first 15 min on the Chromebook \"looking for a good font\""),
        ("S1612", "Inhibitory Control", E, "then on a soccer highlights tab. When I came by he closed it fast."),
        ("S1612", "Working Memory", D, "Once I sat with him and we listed the 4 things the map needs, he did all four"),
        ("S1612", "Creativity & Innovation", E, "Copied Oscar's map key word for word, including Oscar's spelling mistake."),
        ("S1612", "Organization", E, "His binder is a disaster - found the unit 1 study guide crumpled under last year's math homework."),
    ])

doc(name="journal - Nadia (Oct).docx", teacher="T1603", fmt="docx",
    body=dict(
        core=dict(title="Current Events Journal", author="Nadia Szymanska", last_modified_by="Hollis Ferreira",
                  created="2025-10-24T19:02:00", modified="2025-10-27T07:15:00"),
        blocks=[
            ("h1", "Current Events Journal"),
            ("p", "Nadia Szymanska - 10/24/2025"),
            ("pi", "Prompt (Ms. F): Pick one news story from this week. Why does it matter to people outside the place where it happened?"),
            ("p", "I picked the story about the drought in the Horn of Africa. It matters to us too because when crops fail there, food aid has to come from other countries and prices change everywhere, even at our grocery store."),
            ("p", "My sister says nobody reads the news anymore and it's all fake, but I don't think that's true, I think you just have to check who wrote it."),
            ("pi", "Prompt: How did you find your story? What makes you trust it?"),
            ("p", "I used the BBC and also a UN page. I compared them and the numbers were almost the same, so I trust it more. I didn't use the video my friend sent because it had no source."),
            ("pi", "Great sourcing, Nadia! Next time try a source from the region itself. - HF   Global Awareness: Proficient"),
        ]),
    truth=[("S1611", RJ, "2025-10-24", "sister's view quoted, not Nadia's")],
    labels=[
        ("S1611", "Global Awareness", P, "when crops fail there, food aid has to come from other countries and prices change everywhere, even at our grocery store."),
        ("S1611", "Critical Thinking", P, "but I don't think that's true, I think you just have to check who wrote it."),
        ("S1611", "Digital Literacy", P, "I compared them and the numbers were almost the same, so I trust it more. I didn't use the video my friend sent because it had no source."),
    ])

doc(name="Aldridge parent email.eml", teacher="T1603", fmt="eml",
    body=dict(
        headers=[("From", "Joanna Aldridge <jo.aldridge@example.net>"),
                 ("To", "Hollis Ferreira <hferreira@larchmontridge.example.org>"),
                 ("Subject", "Following up - Clementine"),
                 ("Date", "Mon, 17 Nov 2025 06:48:31 -0500"),
                 ("Message-ID", "<ja-20251117-0648@example.net>")],
        text="""Dear Ms. Ferreira,

Thank you for your comments at conferences. I wanted to follow up on the group project. Clementine came home Friday and said, "I'm not good at group stuff, I just let everyone else decide." She doesn't like to make waves.

At home she is very organized - she has a color-coded calendar for swim and school and she never misses a deadline.

She also reads people very well. She noticed before I did that her grandmother was upset at her cousin's birthday party, and she went and sat with her.

Could she have a role in groups where she doesn't have to be the one talking at first?

Warmly,
Joanna Aldridge
"""),
    truth=[("S1609", PN, "2025-11-17", "")],
    labels=[
        ("S1609", "Collaboration", E, "I'm not good at group stuff, I just let everyone else decide."),
        ("S1609", "Planning & Prioritization", P, "she has a color-coded calendar for swim and school and she never misses a deadline."),
        ("S1609", "Social Awareness", P, "She noticed before I did that her grandmother was upset at her cousin's birthday party, and she went and sat with her."),
    ])

doc(name="Oscar presentation.md", teacher="T1603", fmt="md",
    body="""# Unit 3 Project Presentation - Trade Routes

**Presenter:** Oscar Feldhaus
**Date:** 12/12/2025
**Recorded by:** H. Ferreira (phone audio, typed up)
**Topic:** The Silk Road then and now

**Oscar:** So the Silk Road wasn't really one road, it was a bunch of routes, and that's my first slide. Um, I had more slides but my Google Drive didn't save them so this is kind of the short version.

**Oscar:** The cool part is that stuff still travels on routes like this. Like my phone was probably made in one country with parts from like five other countries. So trade connects everybody, then and now.

**Ms. Ferreira:** Questions for Oscar?

**Wesley:** How do you know your phone had parts from five countries?

**Oscar:** I, um, I guess I don't know exactly. I heard it somewhere. I could look it up on the box.

**Wesley:** Okay. Cool map though.

---
**Teacher note:** Oscar - Communication: Developing. Ran 2 min short. Wes asked a real question!
""",
    truth=[("S1610", PP, "2025-12-12", "presenter"),
           ("S1612", PP, "2025-12-12", "asks a question (speaks)")],
    labels=[
        ("S1610", "Organization", E, "I had more slides but my Google Drive didn't save them so this is kind of the short version."),
        ("S1610", "Global Awareness", D, "Like my phone was probably made in one country with parts from like five other countries. So trade connects everybody, then and now."),
        ("S1610", "Critical Thinking", D, "I guess I don't know exactly. I heard it somewhere. I could look it up on the box."),
    ])

doc(name="peer feedback Clem.pdf", teacher="T1603", fmt="pdf",
    body=dict(
        meta=dict(title="Peer Feedback - Museum Exhibit Walk", author="Hollis Ferreira", creator="Microsoft Word",
                  date="2026-01-22T14:40:00"),
        blocks=[
            ("title", "Peer Feedback - Museum Exhibit Walk"),
            ("p", "Feedback for: Clementine A.     From: Nadia S.     Date: 1/22/26"),
            ("h", "Something that impressed me:"),
            ("p", "Your exhibit card about Mesopotamian irrigation was really original, nobody else made a working model."),
            ("h", "Something to try:"),
            ("p", "When people came to your table you kind of looked down. You know so much, you should tell people! Maybe start with 'do you want to see it work' and then they ask you stuff."),
            ("h", "Exhibitor response (Clem):"),
            ("p", "I got the straw idea from how the water fountain works at the pool, and then I changed it three times after my first model leaked all over the table."),
            ("p", "I will try the question thing next time. It's easier to talk when I have something to show."),
        ]),
    truth=[("S1609", PF, "2026-01-22", "file named for Clem; Nadia wrote the feedback"),
           ("S1611", PF, "2026-01-22", "author of feedback")],
    labels=[
        ("S1611", "Relationship Skills", P, "You know so much, you should tell people! Maybe start with 'do you want to see it work' and then they ask you stuff."),
        ("S1609", "Creativity & Innovation", P, "I got the straw idea from how the water fountain works at the pool, and then I changed it three times after my first model leaked all over the table."),
        ("S1609", "Communication", D, "I will try the question thing next time. It's easier to talk when I have something to show."),
    ])

doc(name="conference notes Feldhaus.docx", teacher="T1603", fmt="docx",
    body=dict(
        core=dict(title="Parent-Teacher Conference - Feldhaus", author="Hollis Ferreira", last_modified_by="Hollis Ferreira",
                  created="2026-02-03T16:20:00", modified="2026-02-03T17:05:00", subject="Winter conferences"),
        blocks=[
            ("h1", "Parent-Teacher Conference"),
            ("p", "Student: Oscar Feldhaus  |  Date: 2/3/26  |  Present: Ms. Ferreira, Mr. Karl Feldhaus, Oscar"),
            ("table", [["Area", "Notes"],
                       ["Organization", "Oscar has been using the red folder system since December. Zero missing assignments in January - he showed his dad the folder himself."],
                       ["Critical thinking", "In the immigration document set he noticed two of the sources disagreed about a date and asked which one to trust. Dad says he has started fact-checking his uncle at dinner."],
                       ["Home", "Dad said Oscar told him Ms. F makes us prove everything, it's annoying but I kind of like it."],
                       ["Goals", "Present at the spring showcase without reading his slides. Will practice with Nadia at lunch on Thursdays."]]),
        ]),
    truth=[("S1610", TO, "2026-02-03", "conference notes filed as teacher observation; Nadia only mentioned")],
    labels=[
        ("S1610", "Organization", P, "Oscar has been using the red folder system since December. Zero missing assignments in January - he showed his dad the folder himself."),
        ("S1610", "Critical Thinking", P, "he noticed two of the sources disagreed about a date and asked which one to trust. Dad says he has started fact-checking his uncle at dinner."),
    ])

doc(name="Clem tutoring Wes 3-4.txt", teacher="T1603", fmt="bracket",
    body=dict(
        header="""Peer tutoring - Clem A. & Wes T. - Wed 3/4 - primary vs secondary sources
""",
        turns=[
            ("Ms. Ferreira", "Clem, you're the expert today. Wes, you've got the source sort."),
            ("Clem", "Okay so Wes, before we start, I sorted these wrong my first time too, so don't worry about it."),
            ("Wes", "This one's a diary from 1850 so primary. This one's a website about the diary. Secondary?"),
            ("Clem", "Yes! How'd you know?"),
            ("Wes", "Because it's somebody talking about the diary, not the person who was there."),
            ("Clem", "Exactly. Okay this one is tricky. It's a YouTube video of a historian. Some people say primary because it's a video, but I think we should check who made it and when."),
            ("Wes", "Ugh, I lost my sorting sheet. It was right here."),
            ("Clem", "It's under your water bottle. Here, let's clip it to the folder so it doesn't move. I do that with all my stuff."),
            ("Wes", "Okay. Clipped. So the YouTube one is secondary because the historian wasn't there."),
            ("Clem", "Right. And you got seven out of eight, and the only one you missed was the one I missed too."),
            ("Ms. Ferreira", "Clem, that's the most I've ever heard you talk in one session."),
        ],
        start=3,
        trailer="""
HF notes: Clem - Communication: Proficient (huge growth since fall). Wes - on task the whole time.
"""),
    truth=[("S1609", PT, "2026-03-04", "tutor"), ("S1612", PT, "2026-03-04", "tutee")],
    labels=[
        ("S1609", "Social Awareness", P, "Okay so Wes, before we start, I sorted these wrong my first time too, so don't worry about it."),
        ("S1612", "Critical Thinking", D, "Because it's somebody talking about the diary, not the person who was there."),
        ("S1609", "Critical Thinking", A, "Some people say primary because it's a video, but I think we should check who made it and when."),
        ("S1612", "Organization", E, "Ugh, I lost my sorting sheet. It was right here."),
        ("S1609", "Organization", A, "Here, let's clip it to the folder so it doesn't move. I do that with all my stuff."),
        ("S1609", "Communication", P, "Right. And you got seven out of eight, and the only one you missed was the one I missed too."),
    ])

doc(name="model UN reflection.md", teacher="T1603", fmt="md",
    body="""# Model UN Reflection

**Name:** Nadia S.
**Date:** April 9, 2026
**Committee:** UNEP - plastic pollution

**What was your country's position?**

I represented Indonesia. At first I wanted to argue for a total ban on plastic, because that's what I believe. But Indonesia has a lot of plastic manufacturing and small sellers who depend on cheap packaging, so I argued for a slower phase-out with money from richer countries to help.

It was hard to argue for something I don't personally agree with, but it made me understand why the treaty talks are stuck.

**What did you do that you're proud of?**

When the Norway and Brazil delegates were arguing and our bloc was about to split, I suggested we write two versions of the clause and vote on both, and they both agreed.

**What's next?**

I started a petition for our cafeteria to stop using plastic sporks and got 84 signatures. Mr. Ruiz said he'd bring it to the PTA. I also realized the petition could backfire if the cafeteria switches to something worse, like wooden forks shipped from far away, so I'm researching which option actually has the lowest footprint before we ask for anything.
""",
    truth=[("S1611", RJ, "2026-04-09", "")],
    labels=[
        ("S1611", "Global Awareness", A, "But Indonesia has a lot of plastic manufacturing and small sellers who depend on cheap packaging, so I argued for a slower phase-out with money from richer countries to help."),
        ("S1611", "Social Awareness", A, "It was hard to argue for something I don't personally agree with, but it made me understand why the treaty talks are stuck."),
        ("S1611", "Collaboration", A, "I suggested we write two versions of the clause and vote on both, and they both agreed."),
        ("S1611", "Task Initiation", A, "I started a petition for our cafeteria to stop using plastic sporks and got 84 signatures."),
        ("S1611", "Responsible Decision-Making", A, "I also realized the petition could backfire if the cafeteria switches to something worse, like wooden forks shipped from far away"),
    ])

doc(name="obs 5-1.txt", teacher="T1603", fmt="txt",
    body="""Fri 5/1 - Oscar F. - spring showcase run-through (library)

Presented the whole Silk-Road-to-supply-chains piece without reading a single slide. Not one um in the first two minutes (I counted).

When the projector died halfway, he didn't miss a beat - grabbed the printed map he'd brought "just in case" and kept going.

Afterward he told Wes to bring a backup too. Remember to email Karl F. - huge change since the fall.
""",
    truth=[("S1610", TO, "2026-05-01", "Wes only mentioned")],
    labels=[
        ("S1610", "Communication", P, "Presented the whole Silk-Road-to-supply-chains piece without reading a single slide. Not one um in the first two minutes"),
        ("S1610", "Cognitive Flexibility", P, "When the projector died halfway, he didn't miss a beat"),
        ("S1610", "Planning & Prioritization", A, "grabbed the printed map he'd brought \"just in case\" and kept going."),
    ])

# ---------------------------------------------------------------- T1604 Achterberg (Math / Advisory, gr 8)

doc(name="advisory circle 9-5.srt", teacher="T1604", fmt="srt",
    body=dict(
        turns=[
            ("Mr. Achterberg", "Welcome back. Circle question: what's one thing that stresses you out about eighth grade, and one thing you do about it?"),
            ("Harper", "Probably the algebra test schedule. I already put all the test dates from the syllabus into my phone calendar with reminders two days before."),
            ("Dev", "Um. Everything? I don't really do anything about it. I just kind of hope it works out."),
            ("Lucia", "I get really nervous before I talk in front of people, like my hands shake."),
            ("Lucia", "So I practice in the mirror, and I breathe in for four counts."),
            ("Sam", "Pass."),
            ("Mr. Achterberg", "That's okay, Sam. Want to come back to it?"),
            ("Sam", "I forgot what the question was."),
            ("Dev", "Wait, Harper, can you send me the calendar thing?"),
            ("Harper", "Yeah, I'll share it with the whole advisory if you want."),
        ],
        trailer=""),
    truth=[("S1613", GD, "2025-09-05", ""), ("S1614", GD, "2025-09-05", ""),
           ("S1615", GD, "2025-09-05", ""), ("S1616", GD, "2025-09-05", "")],
    labels=[
        ("S1613", "Planning & Prioritization", P, "I already put all the test dates from the syllabus into my phone calendar with reminders two days before."),
        ("S1614", "Self-Management", E, "I don't really do anything about it. I just kind of hope it works out."),
        ("S1615", "Self-Awareness", P, "I get really nervous before I talk in front of people, like my hands shake."),
        ("S1615", "Self-Management", P, "So I practice in the mirror, and I breathe in for four counts."),
        ("S1616", "Working Memory", E, "I forgot what the question was."),
    ])

doc(name="Exit Ticket (1).docx", teacher="T1604", fmt="docx",
    body=dict(
        core=dict(title="Exit Ticket", author="Desmond Achterberg", last_modified_by="Desmond Achterberg",
                  created="2025-08-28T08:00:00", modified="2025-09-17T14:20:00"),
        blocks=[
            ("h2", "Exit Ticket - Two-Step Equations"),
            ("p", "Name: Sam Oyelaran      Date: 9/17"),
            ("table", [["Question", "Answer"],
                       ["Solve: 3x + 5 = 20. Show your steps.", "x = 5"],
                       ["What part of today was hard?", "all of it. i didnt get it so i stopped"],
                       ["What will you do if you get stuck on the homework?", "probably just not do it"]]),
        ]),
    truth=[("S1616", RJ, "2025-09-17", "exit ticket")],
    labels=[
        ("S1616", "Self-Management", E, "all of it. i didnt get it so i stopped"),
        ("S1616", "Task Initiation", E, "probably just not do it"),
    ])

doc(name="Dev - observation.pdf", teacher="T1604", fmt="pdf",
    body=dict(
        meta=dict(title="Classroom Observation - Malhotra", author="Desmond Achterberg", creator="Microsoft Word",
                  date="2025-10-16T15:45:00"),
        blocks=[
            ("title", "Classroom Observation"),
            ("p", "Student: Devansh (Dev) Malhotra    Observer: D. Achterberg    Date: October 16, 2025    Class: Algebra 1, Period 2"),
            ("p", "During the group task (comparing phone plans), Dev came up with a way to compare the plans with a graph instead of the table everyone else used, and explained it to his group."),
            ("p", "When his group rejected the idea at first he got quiet and stopped participating for about ten minutes."),
            ("p", "After I checked in, he came back and offered to do both - the table for Lucia's part and the graph for his."),
            ("p", "Dev uses Desmos fluently. He found real prices online, noticed that one site was a reseller with higher prices, and switched to the carriers' own pages."),
        ]),
    truth=[("S1614", TO, "2025-10-16", "Lucia only mentioned")],
    labels=[
        ("S1614", "Creativity & Innovation", P, "Dev came up with a way to compare the plans with a graph instead of the table everyone else used, and explained it to his group."),
        ("S1614", "Self-Management", D, "When his group rejected the idea at first he got quiet and stopped participating for about ten minutes."),
        ("S1614", "Collaboration", D, "After I checked in, he came back and offered to do both - the table for Lucia's part and the graph for his."),
        ("S1614", "Digital Literacy", P, "noticed that one site was a reseller with higher prices, and switched to the carriers' own pages."),
    ])

doc(name="Marchetti, Lucia - email from mom.eml", teacher="T1604", fmt="eml",
    body=dict(
        headers=[("From", "Giulia Marchetti <gmarchetti.family@example.net>"),
                 ("To", "Desmond Achterberg <dachterberg@larchmontridge.example.org>"),
                 ("Subject", "Lucia - homework"),
                 ("Date", "Thu, 06 Nov 2025 21:12:09 -0500"),
                 ("Message-ID", "<gm-20251106-2112@example.net>")],
        text="""Mr. Achterberg,

Lucia asked me to write to you because she is too embarrassed to ask herself. She has been staying up past 11 doing math homework because she wants every problem perfect, and last night she cried and said if she doesn't get an A she is going to let everyone down.

She is not a careless kid - if anything she checks her work three times.

She also told me she said no to a friend who wanted to copy her homework, even though the friend got mad, because it wouldn't help her friend on the test and it isn't fair to the people who did the work.

Is there a way she could know which problems matter most, so she can stop at a reasonable time?

Thank you,
Giulia Marchetti
"""),
    truth=[("S1615", PN, "2025-11-06", "")],
    labels=[
        ("S1615", "Self-Management", D, "She has been staying up past 11 doing math homework because she wants every problem perfect, and last night she cried"),
        ("S1615", "Responsible Decision-Making", P, "she said no to a friend who wanted to copy her homework, even though the friend got mad, because it wouldn't help her friend on the test and it isn't fair to the people who did the work."),
    ])

doc(name="math tutoring harper sam.vtt", teacher="T1604", fmt="vtt",
    body=dict(
        note="Math lab - peer tutoring - slope stations - 12/2",
        turns=[
            ("Mr. Achterberg", "Harper, Sam, you've got fifteen minutes with the slope stations. I'll be at the back table."),
            ("Harper", "Okay Sam, station one. What's rise over run here?"),
            ("Sam", "I don't know. I'm bad at math."),
            ("Harper", "You're not bad at math, you got the last quiz question right. Let's count the boxes together. Put your finger on this point."),
            ("Sam", "Up three... and over two. So three over two."),
            ("Harper", "Yes! See. Now you do station two without me saying anything, and I'll just watch."),
            ("Sam", "Okay. Up... wait, it goes down. So it's negative. Negative four over one."),
            ("Harper", "That's it. I used to mix up the signs too, so I always trace it with my finger left to right."),
            ("Sam", "I did three out of four by myself. That's like the most I've ever done."),
        ]),
    truth=[("S1613", PT, "2025-12-02", "tutor"), ("S1616", PT, "2025-12-02", "tutee")],
    labels=[
        ("S1616", "Self-Management", E, "I don't know. I'm bad at math."),
        ("S1613", "Relationship Skills", A, "You're not bad at math, you got the last quiz question right. Let's count the boxes together."),
        ("S1616", "Working Memory", D, "Up... wait, it goes down. So it's negative. Negative four over one."),
        ("S1613", "Social Awareness", P, "I used to mix up the signs too, so I always trace it with my finger left to right."),
    ])

doc(name="budget project presentations.docx", teacher="T1604", fmt="docx",
    body=dict(
        core=dict(title="Budget Project Presentations", author="Desmond Achterberg", last_modified_by="Desmond Achterberg",
                  created="2026-01-28T10:10:00", modified="2026-01-28T16:00:00", subject="Algebra 1 - Unit 5"),
        blocks=[
            ("h1", "Budget Project Presentations - Group 3"),
            ("p", "Wed 1/28 - Period 2 - Dev M. & Lucia M. - typed from the recording"),
            ("p", "DEV: Our family of four has $4,200 a month. We started with needs - rent, food, the car - and then we realized we forgot insurance, so we went back and redid the whole spreadsheet."),
            ("p", "LUCIA: I made the pie chart in Google Sheets and I checked it against the numbers twice, because if the chart is wrong everybody will trust it anyway since it looks official."),
            ("p", "LUCIA: I was really nervous about this part, but I practiced. The savings slide shows that if they save 10 percent, they have an emergency fund in fourteen months."),
            ("p", "MR. ACHTERBERG: What happens if the car breaks down in month three?"),
            ("p", "DEV: We actually thought about that. We have a plan B column - if something big happens they cut the entertainment and eating-out lines first, and we figured out that covers a $900 repair in two months."),
            ("p", "LUCIA: And Dev wanted to cut the phone plan too, but I said the kids need phones for safety, so we compromised on a cheaper plan."),
            ("h2", "Skills observed"),
            ("table", [["Student", "Skill", "Level"],
                       ["Dev", "Planning & Prioritization", "Proficient"],
                       ["Lucia", "Communication", "Developing"]]),
        ]),
    truth=[("S1614", PP, "2026-01-28", "joint presentation"), ("S1615", PP, "2026-01-28", "joint presentation")],
    labels=[
        ("S1615", "Digital Literacy", P, "I made the pie chart in Google Sheets and I checked it against the numbers twice, because if the chart is wrong everybody will trust it anyway since it looks official."),
        ("S1615", "Self-Management", P, "I was really nervous about this part, but I practiced."),
        ("S1614", "Planning & Prioritization", A, "We have a plan B column - if something big happens they cut the entertainment and eating-out lines first, and we figured out that covers a $900 repair in two months."),
        ("S1615", "Collaboration", P, "And Dev wanted to cut the phone plan too, but I said the kids need phones for safety, so we compromised on a cheaper plan."),
    ])

doc(name="feedback from Dev.txt", teacher="T1604", fmt="txt",
    body="""Peer feedback - stats poster gallery walk - 2/24
To: Harper     From: Dev

What works: Your graph of screen time vs sleep is really clear and the title tells me the answer before I even read it.

What to fix: You said screen time CAUSES less sleep but your data is just from our class survey. It could be that kids who go to bed late just use their phones more because they're awake. Correlation not causation like Mr. A said. Also make the font bigger, I couldn't read it from the back.

Harper's reply (written underneath):
Fair. I'll change "causes" to "is linked to" and add that as a limitation. Thanks Dev.
""",
    truth=[("S1614", PF, "2026-02-24", "writer"), ("S1613", PF, "2026-02-24", "receiver, replies")],
    labels=[
        ("S1614", "Critical Thinking", A, "It could be that kids who go to bed late just use their phones more because they're awake."),
        ("S1613", "Critical Thinking", P, "I'll change \"causes\" to \"is linked to\" and add that as a limitation."),
    ])

doc(name="harper journal.md", teacher="T1604", fmt="md",
    body="""# Advisory Journal

**Name:** Harper Q.
**Date:** 3/18/26
**Prompt:** What's something you did this month that you're proud of?

I'm running the eighth-grade fundraiser for the animal shelter, and I have three deadlines at once: the bake sale on 3/27, my algebra project on 3/30, and musical rehearsals. I made a backup plan for each one - if the bake sale gets rained out we move it to the gym, and I asked Lucia to be my co-lead in case I get sick during tech week.

I also made a sign-up sheet in Google Forms so I don't have to keep track of forty texts, and I taught Sam how to make one for chess club.

**Prompt:** What's hard right now?

Honestly, saying no. I notice I say yes to everything when I'm excited and then I get overwhelmed around Thursday. So I'm trying a rule where I wait a day before I sign up for anything new.

**Mr. A:** Harper, this is the kind of planning I wish adults did. Planning & Prioritization: Advanced
""",
    truth=[("S1613", RJ, "2026-03-18", "Lucia/Sam only mentioned")],
    labels=[
        ("S1613", "Planning & Prioritization", A, "I made a backup plan for each one - if the bake sale gets rained out we move it to the gym, and I asked Lucia to be my co-lead in case I get sick during tech week."),
        ("S1613", "Organization", A, "I also made a sign-up sheet in Google Forms so I don't have to keep track of forty texts, and I taught Sam how to make one for chess club."),
        ("S1613", "Self-Awareness", A, "I notice I say yes to everything when I'm excited and then I get overwhelmed around Thursday. So I'm trying a rule where I wait a day before I sign up for anything new."),
    ])

doc(name="scan 7.pdf", teacher="T1604", fmt="pdf",
    body=dict(
        meta=dict(title="scan 7", author="", creator="Microsoft Word", date="2026-04-28T15:03:00"),
        blocks=[
            ("title", "Math Reflection"),
            ("p", "Name: Sam O.     Date: 4/28"),
            ("h", "1. Think about the start of the year. How have you changed in math?"),
            ("p", "In September I would just stop when I got stuck. Now I try the problem a different way first, like drawing it or making a table, and if that doesn't work I ask Harper or Mr. A."),
            ("h", "2. What helps you remember the steps in multi-step problems?"),
            ("p", "I write a checklist in the margin and cross off each step. I don't lose my place as much now."),
            ("h", "3. Goal for high school:"),
            ("p", "I want to not be scared of math anymore. I am less scared than I was."),
        ]),
    truth=[("S1616", RJ, "2026-04-28", "scanned; growth")],
    labels=[
        ("S1616", "Cognitive Flexibility", P, "Now I try the problem a different way first, like drawing it or making a table"),
        ("S1616", "Working Memory", P, "I write a checklist in the margin and cross off each step. I don't lose my place as much now."),
    ])

doc(name="note from Sam's grandma.txt", teacher="T1604", fmt="txt",
    body="""(typed up from the handwritten note Sam brought in Tues 5/12 - DA)

Dear Mr. Achterberg,

I am Sam's grandmother, I look after him after school. I want to say thank you. Sam used to throw his math book on the floor. Now he sits at the kitchen table and starts his homework before I even ask.

Last week he was helping his little cousin with her times tables and he told her "don't say you're bad at it, just try it a different way." I didn't know he listened to anybody!

God bless,
Mrs. Adebola Oyelaran
""",
    truth=[("S1616", PN, "2026-05-12", "typed by teacher; grandparent author")],
    labels=[
        ("S1616", "Task Initiation", P, "Now he sits at the kitchen table and starts his homework before I even ask."),
        ("S1616", "Relationship Skills", A, "Last week he was helping his little cousin with her times tables and he told her \"don't say you're bad at it, just try it a different way.\""),
    ])

doc(name="Obs wk of 5-18.docx", teacher="T1604", fmt="docx",
    body=dict(
        core=dict(title="Observations - week of 5/18", author="Desmond Achterberg", last_modified_by="Desmond Achterberg",
                  created="2026-05-18T15:30:00", modified="2026-05-22T08:10:00"),
        blocks=[
            ("h1", "Observations - week of 5/18"),
            ("h2", "Mon 5/18 - Lucia"),
            ("p", "Led the review game for the whole class when the sub's plan fell through. She made up teams on the spot so the quieter kids weren't all together, and she kept score on the board without anyone asking."),
            ("h2", "Wed 5/20 - Dev"),
            ("p", "Still gets pulled into side conversations during independent work - three reminders today."),
            ("p", "But: finished the capstone proposal a week early and already emailed an engineer at his cousin's company with interview questions."),
            ("h2", "Fri 5/22"),
            ("p", "No notes - field day."),
        ]),
    truth=[("S1615", TO, "2026-05-18", "different date per student in one file"),
           ("S1614", TO, "2026-05-20", "different date per student in one file")],
    labels=[
        ("S1615", "Cognitive Flexibility", A, "Led the review game for the whole class when the sub's plan fell through."),
        ("S1615", "Collaboration", A, "She made up teams on the spot so the quieter kids weren't all together"),
        ("S1614", "Inhibitory Control", D, "Still gets pulled into side conversations during independent work - three reminders today."),
        ("S1614", "Task Initiation", A, "finished the capstone proposal a week early and already emailed an engineer at his cousin's company with interview questions."),
    ])
