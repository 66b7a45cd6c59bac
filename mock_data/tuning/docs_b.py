DOCS = [
# ---------------------------------------------------------------- t_21
dict(name="t_21.md", type="group_discussion_transcript", date="2025-11-12", smart=True,
     students=["S201", "S204", "S203", "S202"],
     notes="Lit circle, The Giver; **Name:** turns",
     text="""
## Lit Circle -- *The Giver*, ch. 4-7
Wednesday 11/12/2025 -- Group 2

**Summer:** I'm the discussion director again and this time I actually have my questions, they're in the tab I made in my binder.
**Summer:** I timed it so we get like three minutes per question and then the last five minutes for the connection one.
**Lila:** Benny hasn't said anything yet. Benny, what do you think?
**Benny:** I waited! I wrote mine on a sticky so I wouldn't interrupt. Okay so I think the community is kind of like our school with the phone rule.
**Jonah:** That's a cool connection but I'm not sure it's the same, because the phone rule has a reason they tell us, and in the book nobody's allowed to ask why.
**Benny:** Hm. Okay yeah, that's fair.
**Summer:** Two minutes left on this one, then connections.
""",
     labels=[
         ("S201", "Organization", "Proficient", "this time I actually have my questions, they're in the tab I made in my binder."),
         ("S201", "Planning & Prioritization", "Proficient", "I timed it so we get like three minutes per question and then the last five minutes"),
         ("S204", "Collaboration", "Advanced", "Benny hasn't said anything yet. Benny, what do you think?"),
         ("S203", "Inhibitory Control", "Proficient", "I waited! I wrote mine on a sticky so I wouldn't interrupt."),
         ("S202", "Critical Thinking", "Advanced", "the phone rule has a reason they tell us, and in the book nobody's allowed to ask why."),
     ]),
# ---------------------------------------------------------------- t_22
dict(name="t_22.txt", type="reflection_journal", date="2025-11-14",
     students=["S210", "S211", "S212", "S209"],
     notes="Exit slips after the digital citizenship lesson",
     text="""
EXIT SLIPS - digital citizenship lesson - Fri Nov 14
Q: How can you tell if a website is trustworthy? Give one example from today.

Alex: if it has a lot of ads its fake. also if it ends in .com

Wren: I check who wrote it and when. The tree octopus one looked real but the author's other pages were jokes, and no other site said the octopus was real. Also the water site we used last month says "sponsored by" a bottled water company, so they might not be neutral.

Kat: I look at the About page and see if a real organization runs it. I also reverse image searched the octopus picture like you showed us.

Imani: I'm not sure. Maybe if it looks professional and has a lot of information?
""",
     labels=[
         ("S210", "Digital Literacy", "Developing", "if it has a lot of ads its fake. also if it ends in .com"),
         ("S211", "Digital Literacy", "Advanced", "says \"sponsored by\" a bottled water company, so they might not be neutral."),
         ("S212", "Digital Literacy", "Proficient", "I also reverse image searched the octopus picture like you showed us."),
         ("S209", "Critical Thinking", "Emerging", "I'm not sure. Maybe if it looks professional and has a lot of information?"),
     ]),
# ---------------------------------------------------------------- t_23
dict(name="t_23.docx", type="teacher_observation_note", date="2025-11-17", smart=True,
     title="Progress Monitoring Note - Jonah P.", author="Tomasz Kowalczyk",
     students=["S208"],
     notes="IEP-style progress monitoring note limited to skill goals; no real IEP data",
     text="""
# Progress Monitoring Note -- Executive Function Goals
Student: Jonah Park -- Grade 8 -- Reporting period ending 11/17/2025
Prepared by: T. Kowalczyk (science) with input from the support team
## Goal 1: Task Initiation
Goal: Jonah will begin independent work within 3 minutes of directions on 4 of 5 observed days.
Progress: Started within 3 minutes on 3 of 5 observed days this period, up from 1 of 5 in September. Still needs a verbal nudge on lab write-up days.
## Goal 2: Working Memory
Uses the step checklist taped to his desk when prompted. Without the checklist he typically loses track after the second step.
## Goal 3: Self-Management
When frustrated he now asks for the restart card about half the time instead of putting his head down.
## Summary ratings
Task Initiation: Developing -- Working Memory: Developing -- Self-Management: Developing
""",
     labels=[
         ("S208", "Task Initiation", "Developing", "Started within 3 minutes on 3 of 5 observed days this period, up from 1 of 5 in September."),
         ("S208", "Working Memory", "Developing", "Without the checklist he typically loses track after the second step."),
         ("S208", "Self-Management", "Developing", "asks for the restart card about half the time instead of putting his head down."),
     ]),
# ---------------------------------------------------------------- t_24
dict(name="t_24.md", type="group_discussion_transcript", date="2025-11-19", smart=True,
     students=["S210", "S212", "S211", "S209"],
     notes="6th-grade Socratic seminar on single-use plastic; 'summer' here is the season",
     text="""
**Socratic Seminar -- Should our school ban single-use plastic?**
**Nov 19th, Social Studies 6 -- inner circle: Alex, Kat, Wren, Imani**

Mx. R: Opening question: should our school ban single-use plastic? Who wants to start?
Alex: Me. Over the summer I went to the beach and there was so much plastic. So yes, ban it.
Kat: But if we ban it, what do kids with allergies use? Some of them need the sealed stuff. I think we should hear from the nurse before we decide.
Wren: Kat's point is good. Maybe it's not ban or not ban. Maybe it's reusable for most people and sealed ones for people who need them. That's what they did in Kenya with bags, sort of, they had exceptions.
Imani: I want to add on to Wren. Um. The cafeteria uses like a hundred plastic forks a day, I counted on Tuesday. So even a small change would matter.
Mx. R: Alex, does anything you heard change your answer?
Alex: Kind of? I still think ban it. But the allergy thing is true.
""",
     labels=[
         ("S210", "Critical Thinking", "Emerging", "there was so much plastic. So yes, ban it."),
         ("S212", "Social Awareness", "Advanced", "I think we should hear from the nurse before we decide."),
         ("S212", "Responsible Decision-Making", "Proficient", "But if we ban it, what do kids with allergies use? Some of them need the sealed stuff."),
         ("S211", "Cognitive Flexibility", "Advanced", "Maybe it's not ban or not ban. Maybe it's reusable for most people and sealed ones for people who need them."),
         ("S211", "Global Awareness", "Proficient", "That's what they did in Kenya with bags, sort of, they had exceptions."),
         ("S209", "Communication", "Proficient", "The cafeteria uses like a hundred plastic forks a day, I counted on Tuesday."),
     ]),
# ---------------------------------------------------------------- t_25
dict(name="t_25.pdf", type="reflection_journal", date="2025-11-21",
     title="Unit Reflection - Tevita F.", author="Tevita Fifita",
     students=["S207"],
     notes="Tevita's unit reflection, prompts then answers, word-processor PDF",
     text="""
Unit Reflection - Forces and Motion
Name: Tevita Fifita
Date: 11/21/2025

## Prompt: Think about a time this unit when your plan changed. What did you do?
When our egg drop parachute failed I was honestly mad for like a minute.
Then I thought, ok, the parachute isn't the point, the landing is.
I like when stuff doesn't work the first time because then you find the real problem.

## Prompt: How do you manage more than one project at once?
I have the egg drop, the history fair, and basketball.
I made a list in my notes app with what's due and what I'll do if something takes longer.
Like if practice runs late I do the reading on the bus instead.
""",
     labels=[
         ("S207", "Cognitive Flexibility", "Advanced", "I like when stuff doesn't work the first time because then you find the real problem."),
         ("S207", "Planning & Prioritization", "Advanced", "I made a list in my notes app with what's due and what I'll do if something takes longer."),
     ]),
# ---------------------------------------------------------------- t_26
dict(name="t_26.txt", type="group_discussion_transcript", date="2025-12-01",
     students=["S207", "S205", "S208", "S206"],
     notes="Lab group talk, speaker name + timestamp on its own line, words below; teacher says 'rose'",
     text="""
Reaction Rate Lab - Group 3
Mon, Dec 1, 2025  |  Physical Science 8, period 3

Tevita Fifita  0:02
Okay so who's doing what? I'll time. Mark, you want to measure?

Mark Abernathy  0:09
Yeah. I'm putting my phone in my bag first so I don't check it.

Jonah Park  0:20
I'll write. I already wrote the three steps on my hand so I don't forget.

Rose Castellanos  0:31
Wait, before we start. The tablet in warm water and cold water, are we using the same amount of water? Otherwise it's not a fair test.

Mark Abernathy  0:40
Good catch. Okay, 200 mL each.

Tomasz Kowalczyk  1:15
Nice. Write down the starting temperature, and tell me later why the bubbles rose faster in one cup.
""",
     labels=[
         ("S205", "Inhibitory Control", "Advanced", "I'm putting my phone in my bag first so I don't check it."),
         ("S208", "Working Memory", "Developing", "I already wrote the three steps on my hand so I don't forget."),
         ("S206", "Critical Thinking", "Proficient", "are we using the same amount of water? Otherwise it's not a fair test."),
     ]),
# ---------------------------------------------------------------- t_27
dict(name="t_27.docx", type="peer_feedback", date="2025-12-03", smart=True,
     title="Book Talk Peer Feedback", author="Adaeze Okafor",
     students=["S201", "S202"],
     notes="Two glow/grow forms: Lila on Summer's book talk, Summer on Jonah W.'s; evidence about the presenters",
     text="""
# Book Talk Peer Feedback
December 3, 2025 -- ELA 7
## Form 1
Presenter: Summer Delgado -- Reviewer: Lila Thornbury
**Glow:** You looked at us instead of your notecards most of the time, and your hook question about whether you'd leave home got everybody talking.
**Grow:** You went a little fast at the end. Maybe slow down for the part about the strike.
## Form 2
Presenter: Jonah Whitfield -- Reviewer: Summer Delgado
**Glow:** Your slides were really organized and you had a source on every slide, even the pictures.
**Grow:** I wasn't sure what your second reason was. Maybe say "my second reason is" out loud.
""",
     labels=[
         ("S201", "Communication", "Proficient", "your hook question about whether you'd leave home got everybody talking."),
         ("S202", "Digital Literacy", "Proficient", "Your slides were really organized and you had a source on every slide, even the pictures."),
     ]),
# ---------------------------------------------------------------- t_28
dict(name="t_28.md", type="parent_note", date="2025-12-05", smart=True,
     students=["S201"],
     notes="Email from Summer's father; 'Last summer' is the season",
     text="""
**From:** Luis Delgado
**To:** Ms. Okafor
**Date:** 12/5/25
**Subject:** Thank you

Dear Ms. Okafor,

I wanted to say thank you. I used to tell Summer she was disorganized, and honestly I said it a lot. Last summer she lost two library books and her retainer in the same week.

Now she packs her bag the night before and checks it against a list she taped inside her bedroom door. She even made one for her little brother and checks his too.

Whatever you are doing in class, it is working.

Luis Delgado
""",
     labels=[
         ("S201", "Organization", "Advanced", "She even made one for her little brother and checks his too."),
     ]),
# ---------------------------------------------------------------- t_29
dict(name="t_29.pdf", type="teacher_observation_note", date="2025-12-08",
     title="Observation - Lila Thornbury", author="Adaeze Okafor",
     students=["S204"],
     notes="Observation of Lila with rating block; Marisol is a new, unrostered student",
     text="""
Teacher Observation - Lila Thornbury
Date: 12/8/2025
Setting: ELA 7, group project kickoff (informational podcast)

During the kickoff, Lila noticed that the new student, Marisol, was sitting apart.
She moved her group's table so Marisol could join, then asked her which part she wanted first.

When two group members disagreed about the episode order, she suggested a quick vote.
She then proposed a compromise order that kept both of their openers.

Lila's group timeline has no dates after Thursday. She said she would figure it out later.

## Rating
Social Awareness - Advanced
Collaboration - Advanced
Planning & Prioritization - Developing
""",
     labels=[
         ("S204", "Social Awareness", "Advanced", "Lila noticed that the new student, Marisol, was sitting apart."),
         ("S204", "Collaboration", "Advanced", "She then proposed a compromise order that kept both of their openers."),
         ("S204", "Planning & Prioritization", "Developing", "Lila's group timeline has no dates after Thursday. She said she would figure it out later."),
     ]),
# ---------------------------------------------------------------- t_30
dict(name="t_30.txt", type="reflection_journal", date="2025-12-10",
     students=["S210"],
     notes="Alex's journal, lowercase student voice",
     text="""
Reflection journal - Alex R. - 12/10

Q: What's something you do differently now than in September?
A: i use the folder. the HOME/SCHOOL one. mostly. my mom still checks it but i remember it like 3 out of 5 days now

Q: What's a goal for winter break?
A: finish my marble run 2.0 with an elevator that uses a rubber band instead of the string. i want to make one that goes up two levels and show the class maybe? kat said she would help film it
""",
     labels=[
         ("S210", "Organization", "Developing", "my mom still checks it but i remember it like 3 out of 5 days now"),
         ("S210", "Creativity & Innovation", "Proficient", "finish my marble run 2.0 with an elevator that uses a rubber band instead of the string."),
     ]),
# ---------------------------------------------------------------- t_31
dict(name="t_31.docx", type="teacher_observation_note", date="2025-12-11", smart=True,
     title="Observation - Rose C.", author="Tomasz Kowalczyk",
     students=["S206", "S208"],
     notes="Observation of Rose with rating block; also evidence about Jonah P.",
     text="""
# Observation Note
Student: Rose Castellanos -- Physical Science 8 -- Dec. 11, 2025
Rose ran her group's cleanup rotation without being asked. Before cleanup she had taken a photo of the data table on the board, so when Jonah lost his data sheet for the third time this unit she shared the photo with the whole group.
Later she disagreed with Tevita about the trend line and explained her reasoning using the third trial's numbers. They agreed to redraw it together.
## Rating
Organization: Advanced
Collaboration: Proficient
""",
     labels=[
         ("S206", "Organization", "Advanced", "Before cleanup she had taken a photo of the data table on the board"),
         ("S206", "Collaboration", "Proficient", "she disagreed with Tevita about the trend line and explained her reasoning using the third trial's numbers."),
         ("S208", "Organization", "Emerging", "when Jonah lost his data sheet for the third time this unit"),
     ]),
# ---------------------------------------------------------------- t_32
dict(name="t_32.md", type="peer_tutoring_transcript", date="2025-12-12", smart=True,
     students=["S212", "S209"],
     notes="Kat tutors Imani on BCE/CE timelines during advisory study hall",
     text="""
# Study hall tutoring -- timelines
Dec 12, 2025 · Kat (tutor) & Imani

Imani: Can you show me how you do the timeline? Mine's all over the place.
Kat: Sure. So I do the dates first on sticky notes, in order, and then I stick them on. That way if I mess up I just move the sticky. Do you want to try the first three and I'll watch?
Imani: Okay. 1200 BCE, then... wait, is 500 BCE before or after that? BCE is backwards, right?
Kat: Yeah, think of it like counting down to zero.
Imani: Oh I get it. It's like a countdown. I'm gonna write "BCE = countdown" at the top so I remember.
Kat: That's smart, I might steal that.
""",
     labels=[
         ("S212", "Relationship Skills", "Advanced", "That way if I mess up I just move the sticky. Do you want to try the first three and I'll watch?"),
         ("S209", "Working Memory", "Proficient", "I'm gonna write \"BCE = countdown\" at the top so I remember."),
     ]),
# ---------------------------------------------------------------- t_33
dict(name="t_33.pdf", type="project_presentation_transcript", date="2025-12-15",
     title="Book Talk Transcript - Benjamin Osei", author="Adaeze Okafor",
     students=["S203"],
     notes="Solo book talk, no speaker labels; presenter named in header",
     text="""
Book Talk Transcript
Presenter: Benjamin Osei (Benny)
Date: 12/15/2025
Book: Hatchet by Gary Paulsen

So my book talk is on Hatchet. Okay. I'm going to do this in order like I practiced.
First the hook: raise your hand if you've ever been lost. Okay, a lot of you.

Brian has a hatchet and that's it. At first he just panics and cries, and I would too honestly.
But then he starts making mistakes and learning from them, like the fire. He tried like twenty times.

My connection is to me. I used to give up on stuff really fast, like if I got one thing wrong I'd rip the page.
Now I kind of do what Brian does, I take a break and come back. I don't need the break pass reminder anymore.
My goal for next semester is the harder book list, because I know I do better when I'm a little bit challenged.
""",
     labels=[
         ("S203", "Self-Management", "Proficient", "Now I kind of do what Brian does, I take a break and come back."),
         ("S203", "Self-Awareness", "Advanced", "My goal for next semester is the harder book list, because I know I do better"),
         ("S203", "Communication", "Developing", "Okay. I'm going to do this in order like I practiced."),
     ]),
# ---------------------------------------------------------------- t_34
dict(name="t_34.md", type="teacher_observation_note", date="2025-12-16",
     students=["S205", "S207"],
     notes="Quick end-of-unit notes on two students",
     text="""
Notes 12-16-2025 (end of forces unit)

**Mark A.** - Started the write-up as soon as cleanup was done, no reminder. Sat at the front table by choice. Big change from September.

**Tevita F.** - Organized a study group for the unit test in the library at lunch; four kids came. He made a shared doc of practice questions and set the sharing so only our class could edit it.
""",
     labels=[
         ("S205", "Task Initiation", "Proficient", "Started the write-up as soon as cleanup was done, no reminder."),
         ("S207", "Task Initiation", "Advanced", "Organized a study group for the unit test in the library at lunch; four kids came."),
         ("S207", "Digital Literacy", "Proficient", "set the sharing so only our class could edit it."),
     ]),
# ---------------------------------------------------------------- t_35
dict(name="t_35.docx", type="group_discussion_transcript", date="2025-12-17", smart=True,
     title="Global Issues Roundtable", author="Priya Raman-Holt",
     students=["S210", "S209", "S212", "S211"],
     notes="6th-grade roundtable on cocoa supply chains",
     text="""
# Global Issues Roundtable: Where does chocolate come from?
Wed. Dec 17 -- Social Studies 6, Period 4
Mx. Raman-Holt: Yesterday we watched the clip about cocoa farms. Reactions?
Alex: Wait, so the chocolate I eat comes from kids working? That's not fair. Where does ours come from, like the cafeteria brownies?
Imani: I looked it up after last time. Most of it comes from Côte d'Ivoire and Ghana, and the farmers get paid really little of the price.
Kat: We could ask the PTA to buy fair trade chocolate for the bake sale. I can write the email if Wren does the poster.
Wren: Deal. And I can put the numbers Imani found on it.
Mx. Raman-Holt: Alex, what would you want to know next?
Alex: How you even find out where a brownie comes from.
""",
     labels=[
         ("S210", "Global Awareness", "Developing", "Wait, so the chocolate I eat comes from kids working? That's not fair."),
         ("S209", "Global Awareness", "Proficient", "Most of it comes from Côte d'Ivoire and Ghana, and the farmers get paid really little of the price."),
         ("S212", "Global Awareness", "Advanced", "We could ask the PTA to buy fair trade chocolate for the bake sale."),
     ]),
# ---------------------------------------------------------------- t_36
dict(name="t_36.md", type="reflection_journal", date="2025-12-17", smart=True,
     students=["S206"],
     notes="Rose's end-of-term journal, teacher's written question then answer",
     text="""
**Journal -- Wednesday, December 17, 2025 -- Rose C.**

**Mr. K asks:** Look back at September. What's changed for you in group work?

In September I did everyone's part at home because I didn't want to argue. My mom even emailed you, which was embarrassing lol. Now I say it in the group. Like today I told Tevita his trend line skipped a point and he actually changed it.

**Mr. K asks:** What's next for you?

I want to be the one who makes sure the quiet people get a turn, because I was one.
""",
     labels=[
         ("S206", "Self-Awareness", "Proficient", "In September I did everyone's part at home because I didn't want to argue."),
         ("S206", "Collaboration", "Proficient", "Now I say it in the group. Like today I told Tevita his trend line skipped a point"),
         ("S206", "Social Awareness", "Proficient", "I want to be the one who makes sure the quiet people get a turn, because I was one."),
     ]),
# ---------------------------------------------------------------- t_37
dict(name="t_37.pdf", type="parent_note", date="2025-12-18",
     title="Note from Wren's mom", author="Priya Raman-Holt",
     students=["S211"],
     notes="Parent email about Wren, printed to PDF",
     text="""
Note from Wren's mom
Date: 12/18/2025
From: Ingrid Halvorsen
Subject: Wren and the water club

Dear Mx. Raman-Holt,

Wren checks the city council agenda online every night to see if her letter is on it.
She also emailed the local paper, and they want to interview her club in January.

She made a calendar with a backup day in case the council meeting moves.
When she gets frustrated, she writes down what she can control and picks one thing.

We are very proud of her. Thank you for encouraging this.
Ingrid
""",
     labels=[
         ("S211", "Global Awareness", "Advanced", "She also emailed the local paper, and they want to interview her club in January."),
         ("S211", "Planning & Prioritization", "Advanced", "a backup day in case the council meeting moves"),
         ("S211", "Self-Management", "Advanced", "she writes down what she can control and picks one thing."),
     ]),
# ---------------------------------------------------------------- t_38
dict(name="t_38.docx", type="group_discussion_transcript", date="2025-12-12", smart=True,
     title="Robotics Club Notes 12/12", author="Tomasz Kowalczyk",
     students=["S202", "S208"],
     notes="Lunch robotics club (mixed grades): both Jonahs, told apart as Jonah W. / Jonah P.",
     text="""
# Robotics Club -- lunch session
Friday 12/12/2025 -- Room 114 -- present: Jonah W. (7th), Jonah P. (8th), Mr. K
Jonah P.: I already started the code for the turn before club, I did it at home last night.
Jonah W.: Cool. Can you explain your turn code to me? Then I'll explain the sensor part and we can see if they fit together.
Jonah P.: Okay so it turns for 0.8 seconds. But it keeps turning too far. Maybe the problem isn't the code, maybe the wheel is slipping? We could test it on the carpet instead.
Mr. K: Two Jonahs, one robot. Love it.
Jonah W.: If it's the wheel, we could put a rubber band on it for grip. I'll write both ideas on the board so we don't lose them.
""",
     labels=[
         ("S208", "Task Initiation", "Proficient", "I already started the code for the turn before club, I did it at home last night."),
         ("S202", "Collaboration", "Proficient", "Can you explain your turn code to me? Then I'll explain the sensor part and we can see if they fit together."),
         ("S208", "Cognitive Flexibility", "Proficient", "Maybe the problem isn't the code, maybe the wheel is slipping? We could test it on the carpet instead."),
     ]),
# ---------------------------------------------------------------- t_39
dict(name="t_39.md", type="peer_feedback", date="2025-11-07",
     students=["S207", "S206", "S208"],
     notes="Peer feedback slips written by Mark about the egg drop group; evidence about presenters",
     text="""
Peer feedback - egg drop presentations
11/7/2025 - from: Mark A. - about: Group 4 (Tevita, Rose, Jonah P.)

Glow: Tevita explained why the parachute failed so even I got it, and now like the whole class wants to build one his way.

Glow 2: Rose fixed the graph confusion right away when people looked lost.

Grow: Jonah P. didn't really talk, maybe he can explain the straw part next time.
""",
     labels=[
         ("S207", "Communication", "Advanced", "Tevita explained why the parachute failed so even I got it, and now like the whole class wants to build one his way."),
         ("S206", "Communication", "Proficient", "Rose fixed the graph confusion right away when people looked lost."),
         ("S208", "Communication", "Emerging", "Jonah P. didn't really talk, maybe he can explain the straw part next time."),
     ]),
]
