DOCS = [
# ---------------------------------------------------------------- t_01
dict(name="t_01.md", type="group_discussion_transcript", date="2025-09-12", smart=True,
     students=["S201", "S202", "S203", "S204"],
     notes="Lit circle, Esperanza Rising ch. 1-3; Name: turns; 'roses' is the book's, not Rose C.",
     text="""
**Lit Circle -- Esperanza Rising, ch. 1-3**
**Date:** Sept. 12, 2025
**Group 2:** Summer D., Jonah W., Benny O., Lila T.
**Recorder:** Lila

Ms. Okafor: Okay, discussion director, you're up. Who has the question sheet?
Summer: Um. I think I left it in my locker. Or my binder. I don't know where it is honestly.
Benny: I wrote the questions on my hand, it's fine. First one -- why does Esperanza think the roses are so important?
Jonah: Because her papa planted them. But wait, I don't think it's only about her dad. The book says the thorns are like how life is hard, so maybe it's both?
Lila: Can I add to that? Jonah said it's about her dad, and Benny's question is about the roses, so what if we connect them -- like the garden kind of is her dad?
Benny: That's what I was gonna say!! You always take my
Ms. Okafor: Benny, let her finish, please.
Benny: Sorry. Sorry. I just get excited and it comes out.
Summer: Found it. It was in my science folder for some reason. Okay my question is... wait, I didn't write one.
Ms. Okafor: Write one now, Summer. Two minutes.
""",
     labels=[
         ("S201", "Organization", "Emerging", "I think I left it in my locker. Or my binder. I don't know where it is honestly."),
         ("S202", "Critical Thinking", "Proficient", "The book says the thorns are like how life is hard, so maybe it's both?"),
         ("S204", "Collaboration", "Proficient", "Jonah said it's about her dad, and Benny's question is about the roses, so what if we connect them"),
         ("S203", "Inhibitory Control", "Emerging", "That's what I was gonna say!! You always take my"),
     ]),
# ---------------------------------------------------------------- t_02
dict(name="t_02.docx", type="reflection_journal", date="2025-09-19", smart=True,
     title="Reflection Journal \u2013 Week 3", author="Adaeze Okafor",
     students=["S201"],
     notes="Summer's weekly journal; teacher prompts in bold, student answers below",
     text="""
# Weekly Reflection Journal
**Name: Summer Delgado -- ELA 7, Period 2 -- Week of Sept. 15**
**Ms. O: What is one thing that got in your way this week?**
Honestly my backpack. My dad says I'm disorganized and I guess he's right because I had three different folders for ELA and I turned in the wrong draft. I don't really have a system, I just shove stuff in.
**Ms. O: How did you feel when that happened, and what did you do about it?**
I felt embarrassed but also kind of mad at myself, not at you. I think when I'm embarrassed I act like I don't care, which is why I said "whatever" in class. That wasn't really how I felt.
**Ms. O: One goal for next week?**
Use the planner maybe. I'll try.
""",
     labels=[
         ("S201", "Organization", "Emerging", "I don't really have a system, I just shove stuff in."),
         ("S201", "Self-Awareness", "Proficient", "I think when I'm embarrassed I act like I don't care, which is why I said \"whatever\" in class."),
         ("S201", "Planning & Prioritization", "Emerging", "Use the planner maybe. I'll try."),
     ]),
# ---------------------------------------------------------------- t_03
dict(name="t_03.pdf", type="teacher_observation_note", date="2025-09-16",
     title="Observation Note - Period 3", author="Tomasz Kowalczyk",
     students=["S205"],
     notes="Observation of Mark in density lab with rating block; 'water level rose' is not Rose C.",
     text="""
Observation Note - Period 3 Physical Science
Date: 9/16/2025
Observer: T. Kowalczyk
Student: Mark Abernathy
Context: density column lab, groups of three

Mark called out answers four times during the pre-lab demo, each time before I had finished the question. He also left his station twice to see what other groups were doing.

When the honey layer did not settle, he suggested warming the beaker. When I said no heat sources, he proposed pouring slower down the side with a spoon, which worked. The water level rose right to the line.

He began the write-up only after my second reminder.

## Ratings
Inhibitory Control: Emerging
Cognitive Flexibility: Proficient
Task Initiation: Developing
""",
     labels=[
         ("S205", "Inhibitory Control", "Emerging", "Mark called out answers four times during the pre-lab demo"),
         ("S205", "Cognitive Flexibility", "Proficient", "he proposed pouring slower down the side with a spoon, which worked"),
         ("S205", "Task Initiation", "Developing", "He began the write-up only after my second reminder."),
     ]),
# ---------------------------------------------------------------- t_04
dict(name="t_04.txt", type="teacher_observation_note", date="2025-09-22",
     students=["S209", "S210", "S211", "S212"],
     notes="Advisory check-in jottings, four students",
     text="""
advisory check-in -- mon 9/22
circle q: what's one thing you're worried about this year?

Imani - passed when it was her turn and didn't want to share anything. Later told me privately she gets a stomach ache before talking in front of people.

Alex - said "nothing lol", then said actually his locker. can't remember his combo, third day in a row. wrote it on his shoe.

Wren - talked about how the smoke from the fires in Canada ended up here and we had indoor recess. wants to know if kids there got to go outside at all.

Kat - helped Alex with the locker after circle without being asked. showed him her trick of saving the combo as a fake contact in her phone.

follow up: seat Imani next to Kat for circle?
""",
     labels=[
         ("S209", "Communication", "Emerging", "passed when it was her turn and didn't want to share anything"),
         ("S210", "Working Memory", "Emerging", "can't remember his combo, third day in a row. wrote it on his shoe."),
         ("S211", "Global Awareness", "Proficient", "talked about how the smoke from the fires in Canada ended up here"),
         ("S212", "Organization", "Advanced", "showed him her trick of saving the combo as a fake contact in her phone"),
     ]),
# ---------------------------------------------------------------- t_05
dict(name="t_05.docx", type="parent_note", date="2025-09-24", smart=True,
     title="Fwd: Rose and the group project", author="Tomasz Kowalczyk",
     students=["S206"],
     notes="Email from Rose's mother, forwarded into Word by the teacher",
     text="""
**From:** Lucia Castellanos <lcastellanos@mailbox.example>
**To:** Mr. Kowalczyk
**Subject:** Rose and the group project
**Date:** Wed, Sep 24, 2025 7:41 PM
Dear Mr. Kowalczyk,
I wanted to let you know that Rose has been coming home upset about her science group. From what she tells me, the boys decide everything and she just quietly does their parts at home instead of saying anything. She did the whole poster background last night and cried a little.
I will say she is very organized about it. She made a checklist on the fridge with a date for every part of the project and checks things off every night.
Could you maybe check in with the group? Please don't tell her I wrote, she would be mortified.
Thank you,
Lucia Castellanos
""",
     labels=[
         ("S206", "Collaboration", "Emerging", "she just quietly does their parts at home instead of saying anything"),
         ("S206", "Planning & Prioritization", "Proficient", "She made a checklist on the fridge with a date for every part of the project"),
     ]),
# ---------------------------------------------------------------- t_06
dict(name="t_06.md", type="peer_tutoring_transcript", date="2025-09-26",
     students=["S207", "S208"],
     notes="Tevita tutors Jonah P. on speed problems; [mm:ss] Name: turns",
     text="""
# Peer tutoring -- speed = distance / time
2025-09-26 | Period 5 | tutor: Tevita F. | tutee: Jonah P.

[00:04] Mr. K: Tevita, you're helping Jonah with the speed problems from yesterday. Ten minutes.
[00:11] Jonah: Can we just do it later? I'll do it at home, I swear.
[00:18] Tevita: Nah, let's do the first one together and then you decide. What's it asking?
[00:25] Jonah: Distance over... something. I dunno.
[00:31] Tevita: Okay so you know more than you think. Distance over time. When I was stuck on these I drew the little triangle, want me to show you?
[01:02] Jonah: Oh. So 120 divided by 4. Thirty?
[01:06] Tevita: Thirty what though? Meters per second. Now you try number two and I won't say anything unless you ask.
[01:40] Jonah: Okay I got 15. I actually didn't give up on that one.
[01:44] Tevita: See. Do three.
""",
     labels=[
         ("S208", "Task Initiation", "Emerging", "Can we just do it later? I'll do it at home, I swear."),
         ("S207", "Relationship Skills", "Advanced", "When I was stuck on these I drew the little triangle, want me to show you?"),
         ("S207", "Communication", "Proficient", "Now you try number two and I won't say anything unless you ask."),
         ("S208", "Self-Management", "Developing", "Okay I got 15. I actually didn't give up on that one."),
     ]),
# ---------------------------------------------------------------- t_07
dict(name="t_07.pdf", type="project_presentation_transcript", date="2025-10-01",
     title="Presentation Transcript - Wren Halvorsen", author="Priya Raman-Holt",
     students=["S211"],
     notes="Solo presentation, no speaker labels; presenter named in header",
     text="""
Presentation Transcript - Wren Halvorsen
Date: 10/1/2025
Class: Social Studies 6, Mx. Raman-Holt
Project: Who Gets Clean Water?

My project is about water, and who gets clean water and who doesn't. I picked this because in advisory we talked about the smoke from Canada and it made me think about how stuff in one place affects another place.

I used three sources. One was a UNICEF page, one was a news article, and one was a video.
The video said one in four people don't have safe water at home.
But the UNICEF page said one in four don't have safely managed water, which is a different thing.
So I went with the UNICEF number because they are the ones who actually count it.

For my action part, I wrote a letter to our city council.
I asked them to put the water test results on the city website in Spanish too.
My neighbor can't read the English one. I have a copy if anyone wants to sign it.

Sorry, I'm nervous. Okay. Questions?
""",
     labels=[
         ("S211", "Critical Thinking", "Advanced", "So I went with the UNICEF number because they are the ones who actually count it."),
         ("S211", "Global Awareness", "Advanced", "I asked them to put the water test results on the city website in Spanish too."),
     ]),
# ---------------------------------------------------------------- t_08
dict(name="t_08.txt", type="reflection_journal", date="2025-10-03", smart=True, encoding="cp1252",
     students=["S205"],
     notes="Mark's science journal, Windows-1252 text with curly quotes",
     text="""
Science Journal -- Mark A. -- Oct. 3rd

"Describe a moment this week when you had to wait or hold back. How did it go?"

During the lab Mr. K asked a question and I knew it and I wanted to yell it so bad. I put my hand over my mouth like this, lol. I didn't yell it. Last week I would've.

"What helps you focus?"

Sitting away from Tevita honestly. Not cause he's bad, we just talk. Also when I know how many steps there are.
""",
     labels=[
         ("S205", "Inhibitory Control", "Developing", "I put my hand over my mouth like this, lol. I didn't yell it."),
         ("S205", "Self-Awareness", "Developing", "Sitting away from Tevita honestly. Not cause he's bad, we just talk."),
     ]),
# ---------------------------------------------------------------- t_09
dict(name="t_09.docx", type="group_discussion_transcript", date="2025-10-07", smart=True,
     title="Socratic Seminar - Rules", author="Adaeze Okafor",
     students=["S201", "S202", "S203", "S204"],
     notes="Socratic seminar, NAME: turns in capitals; 'Rosa Parks' is not Rose C.",
     text="""
# Socratic Seminar: Is it ever right to break a rule?
Tuesday, October 7, 2025 -- ELA 7, Period 2 -- inner circle
MS. OKAFOR: Opening question. Is it ever right to break a rule? Use the article.
LILA: I think it depends who gets hurt. Like the kid in the article who pulled the fire alarm, he broke a rule but everybody got out. But if he did it as a prank then people might not believe the next alarm. So you have to think about later too, not just right now.
BENNY: Yeah but rules are rules. If you break one you get in trouble, so no.
JONAH: Can I push back on Benny? Not in a mean way. What about Rosa Parks, she broke a rule. So "rules are rules" can't be the whole answer.
SUMMER: I agree with Jonah. Also sometimes the rule is wrong. Like, I don't know.
MS. OKAFOR: Summer, can you say more? What makes a rule wrong?
SUMMER: If it's not fair to everybody? I don't know how to say it.
MS. OKAFOR: Benny, do you want to respond to Jonah?
BENNY: Okay I didn't think about that. Maybe it's more like... rules are usually right but not always? I changed my mind kind of.
""",
     labels=[
         ("S204", "Responsible Decision-Making", "Advanced", "So you have to think about later too, not just right now."),
         ("S203", "Critical Thinking", "Emerging", "Yeah but rules are rules. If you break one you get in trouble, so no."),
         ("S202", "Critical Thinking", "Advanced", "So \"rules are rules\" can't be the whole answer."),
         ("S202", "Relationship Skills", "Proficient", "Can I push back on Benny? Not in a mean way."),
         ("S201", "Communication", "Developing", "If it's not fair to everybody? I don't know how to say it."),
         ("S203", "Cognitive Flexibility", "Developing", "rules are usually right but not always? I changed my mind kind of."),
     ]),
# ---------------------------------------------------------------- t_10
dict(name="t_10.md", type="reflection_journal", date="2025-10-09", smart=True,
     students=["S206", "S208", "S207", "S205"],
     notes="Exit tickets, one prompt, four students",
     text="""
**Exit Ticket -- Thurs. Oct 9 -- Per. 5**
**Prompt:** What's one thing your group did well today, and one thing YOU could do better?

- **Rose C.:** We finished the graph. I could do better at saying when I disagree. I just let Tevita pick the scale even though I thought it was wrong, and it was wrong.
- **Jonah P.:** we did good. i could start faster i guess
- **Tevita F.:** We split the jobs so everyone had one and Rose was the checker, which was good because she caught our mistake on the y-axis. Next time I should ask Rose what she thinks before we go.
- **Mark A.:** Good: the graph. Better: I don't know. Nothing.
""",
     labels=[
         ("S206", "Communication", "Emerging", "I just let Tevita pick the scale even though I thought it was wrong, and it was wrong."),
         ("S208", "Self-Awareness", "Developing", "we did good. i could start faster i guess"),
         ("S207", "Collaboration", "Advanced", "We split the jobs so everyone had one and Rose was the checker"),
         ("S207", "Social Awareness", "Proficient", "Next time I should ask Rose what she thinks before we go."),
     ]),
# ---------------------------------------------------------------- t_11
dict(name="t_11.pdf", type="peer_feedback", date="2025-10-14",
     title="Peer Feedback Form", author="Priya Raman-Holt",
     students=["S212", "S209"],
     notes="Poster walk; Imani reviews Kat's poster, Kat responds",
     text="""
Peer Feedback Form - Ancient Civilizations Poster Walk
Date: 10/14/2025
Reviewer: Imani Brooks
Poster by: Katerina Volkova

## One thing that works
Your map is really clear and you put the trade routes in different colors so I could follow where the silk went.

## One question I have
How do you know the Romans wanted silk that much? Is that from the book or from a website?

## One suggestion
Maybe add a key, because I didn't know what the dotted lines meant at first.

## Poster maker's response
Thanks Imani. I'll add the key. It was from the textbook p. 112.
I also found a museum site that said the same thing, so I think it's true.
""",
     labels=[
         ("S209", "Critical Thinking", "Proficient", "How do you know the Romans wanted silk that much? Is that from the book or from a website?"),
         ("S212", "Critical Thinking", "Proficient", "I also found a museum site that said the same thing, so I think it's true."),
     ]),
# ---------------------------------------------------------------- t_12
dict(name="t_12.docx", type="teacher_observation_note", date="2025-10-16", smart=True,
     title="Observation - Benny O.", author="Adaeze Okafor",
     students=["S203"],
     notes="Observation of Benny during independent writing, rating block",
     text="""
# Observation -- Benjamin Osei ("Benny")
Date: 10/16/25 -- Independent writing block, narrative unit
Interrupted the mini-lesson twice to share ideas before I had finished the example.
During writing time he got frustrated with his first paragraph and tore the page out of his notebook. After I reminded him about the break pass, he took it and came back after about three minutes.
His opening -- a story told by a lost dog's collar -- was the most original in the class, and he revised it twice after conferring with Lila.
## Rating
Inhibitory Control -- Emerging
Self-Management -- Developing
Creativity & Innovation -- Proficient
""",
     labels=[
         ("S203", "Inhibitory Control", "Emerging", "Interrupted the mini-lesson twice to share ideas before I had finished the example."),
         ("S203", "Self-Management", "Developing", "After I reminded him about the break pass, he took it and came back after about three minutes."),
         ("S203", "Creativity & Innovation", "Proficient", "was the most original in the class, and he revised it twice after conferring with Lila."),
     ]),
# ---------------------------------------------------------------- t_13
dict(name="t_13.txt", type="group_discussion_transcript", date="2025-10-21", smart=True, encoding="utf-16",
     students=["S206", "S205", "S208"],
     notes="Lab group talk, transcription-service export (UTF-16), Speaker N (Name) + timestamp lines; teacher says 'rose'",
     text="""
Lab Group 4 - Pendulum Investigation
Recorded: October 21, 2025 - Period 3
Transcribed automatically. May contain errors.

Speaker 1 (Mr. K)  00:00:03
Okay group four, your variable today is string length. You have twenty minutes.

Speaker 2 (Rose)  00:00:12
I made a table already. Three lengths, three trials each, and I put a column for the average so we don't have to do it at the end.

Speaker 3 (Mark)  00:00:25
Can I do the timer? I'll wait till you say go. I'm not gonna start it early this time.

Speaker 4 (Jonah)  00:00:40
I'll let go of it. Wait, what do I do after, I forgot the steps.

Speaker 2 (Rose)  00:00:46
It's okay, it's on the table. Step one you let go from the line, step two Mark times ten swings, step three I write it.

Speaker 3 (Mark)  00:02:31
Twelve point four. Wait, that seems long. Did the string slip?

Speaker 1 (Mr. K)  00:03:10
Good question. Check the knot. And notice the time rose when the string got longer -- why?
""",
     labels=[
         ("S206", "Planning & Prioritization", "Proficient", "Three lengths, three trials each, and I put a column for the average"),
         ("S205", "Inhibitory Control", "Developing", "I'll wait till you say go. I'm not gonna start it early this time."),
         ("S208", "Working Memory", "Emerging", "Wait, what do I do after, I forgot the steps."),
         ("S206", "Communication", "Developing", "It's okay, it's on the table. Step one you let go from the line"),
         ("S205", "Critical Thinking", "Developing", "Twelve point four. Wait, that seems long. Did the string slip?"),
     ]),
# ---------------------------------------------------------------- t_14
dict(name="t_14.md", type="parent_note", date="2025-10-23",
     students=["S210"],
     notes="Email from Alex's father",
     text="""
From: Rafael Ruiz <rruiz.family@mailbox.example>
To: Mx. Raman-Holt
Subject: Alex + homework
Sent: Thu 10/23/2025 9:12 PM

Dear Mx. Raman-Holt,

Alex keeps telling us there is no homework, and then on Sunday night he remembers a project that is due Monday. This has happened three weekends now. We bought him a planner but it lives at the bottom of his bag and I don't think he has opened it.

I don't want to only send bad news. He does light up when he is building things. He spent the whole weekend making a cardboard marble run with a lift that actually works. He got the lift idea from a video and then changed it because the video one kept jamming.

Any ideas for the planner would help.

Thanks,
Rafael
""",
     labels=[
         ("S210", "Planning & Prioritization", "Emerging", "on Sunday night he remembers a project that is due Monday"),
         ("S210", "Organization", "Emerging", "We bought him a planner but it lives at the bottom of his bag"),
         ("S210", "Creativity & Innovation", "Proficient", "He got the lift idea from a video and then changed it because the video one kept jamming."),
     ]),
# ---------------------------------------------------------------- t_15
dict(name="t_15.docx", type="reflection_journal", date="2025-10-27", smart=True,
     title="Reflection Journal \u2013 Imani B.", author="Priya Raman-Holt",
     students=["S209"],
     notes="Imani's advisory journal; mentions Kat and Wren but is evidence about Imani only",
     text="""
# Advisory Reflection Journal
Imani Brooks -- 10/27/2025
## Last week you shared in circle for the first time. What was that like?
Scary. My hands were shaking under the table. But I practiced what I was going to say in my head like three times first, and Kat was next to me so that helped. I didn't pass this time, I actually said my whole answer.
## Who do you compare yourself to when you speak in class?
Wren, probably. She just talks and it sounds like a speech. I'm not like that. But my mom says I explain things good to my little brother, so maybe I'm better at one person than a whole room.
""",
     labels=[
         ("S209", "Self-Management", "Proficient", "I practiced what I was going to say in my head like three times first"),
         ("S209", "Communication", "Developing", "I didn't pass this time, I actually said my whole answer."),
         ("S209", "Self-Awareness", "Proficient", "so maybe I'm better at one person than a whole room"),
     ]),
# ---------------------------------------------------------------- t_16
dict(name="t_16.pdf", type="teacher_observation_note", date="2025-10-29",
     title="Lunch Duty Notes", author="Priya Raman-Holt",
     students=[],
     notes="Cafeteria duty note about no rostered student; 'summer reading' and 'mark' are ordinary words",
     text="""
Lunch Duty Notes - Cafeteria, 6th/7th lunch
Date: 10/29/2025

Overall noise was high after the pep assembly. Two tables near the summer reading display were throwing grapes; I moved them and they helped wipe down.

A 7th grader I don't know left a pen mark on the new table. Sent a note to the office so the custodian can check it.

Plan: ask admin for a second adult on Wednesdays, and move the recycling bins closer to the exit so the line moves faster.
""",
     labels=[]),
# ---------------------------------------------------------------- t_17
dict(name="t_17.txt", type="peer_tutoring_transcript", date="2025-11-03",
     students=["S202", "S201"],
     notes="Jonah W. tutors Summer on thesis statements; initials J.W./S.D., teacher T:",
     text="""
peer tutoring - thesis statements
11/3/25  ELA 7 per. 2
J.W. = Jonah W. (tutor), S.D. = Summer D.

T: Jonah, walk Summer through the thesis checklist. Summer, bring your draft.
S.D.: I have it! It's in the front pocket now, I made a pocket just for drafts.
J.W.: Nice. Okay, read me your thesis.
S.D.: Esperanza changes a lot in the book.
J.W.: Okay that's true but it's kind of... like anyone could say that. What does she change from and to?
S.D.: From spoiled to... not spoiled? Responsible.
J.W.: Yes! Put that. And I usually make three boxes for my three reasons, you can copy my boxes if you want.
S.D.: Okay. You don't have to remind me about the boxes next time, I'll write it on my checklist.
""",
     labels=[
         ("S201", "Organization", "Developing", "It's in the front pocket now, I made a pocket just for drafts."),
         ("S202", "Communication", "Proficient", "Okay that's true but it's kind of... like anyone could say that. What does she change from and to?"),
         ("S202", "Relationship Skills", "Advanced", "I usually make three boxes for my three reasons, you can copy my boxes if you want."),
     ]),
# ---------------------------------------------------------------- t_18
dict(name="t_18.md", type="teacher_observation_note", date="2025-11-05", smart=True,
     students=["S212", "S210", "S211", "S209"],
     notes="Advisory check-in notes, week of 11/3, bold headers per student",
     text="""
# Advisory Check-In Notes
**Week of 11/3 -- written up Wed 11/5**

**Kat V.** -- Ran the check-in circle today when I got pulled into a call with the office. Kept the talking piece moving. When two boys started arguing about the basketball game, she had them each say what the other one meant before anyone answered.

**Alex R.** -- Forgot the field trip permission slip again; said it's "in my room somewhere." We made a folder together labeled HOME / SCHOOL and I stapled a checklist inside.

**Wren H.** -- Asked if she could start a lunchtime club to collect signatures for her water letter. Already has a name and three kids signed up.

**Imani B.** -- Shared twice in circle without being called on. Voice quiet but steady.
""",
     labels=[
         ("S212", "Relationship Skills", "Advanced", "Ran the check-in circle today when I got pulled into a call with the office."),
         ("S212", "Social Awareness", "Advanced", "she had them each say what the other one meant before anyone answered"),
         ("S210", "Organization", "Emerging", "Forgot the field trip permission slip again; said it's \"in my room somewhere.\""),
         ("S211", "Task Initiation", "Advanced", "Asked if she could start a lunchtime club to collect signatures for her water letter."),
         ("S209", "Communication", "Developing", "Shared twice in circle without being called on. Voice quiet but steady."),
     ]),
# ---------------------------------------------------------------- t_19
dict(name="t_19.docx", type="project_presentation_transcript", date="2025-11-06", smart=True,
     title="Egg Drop Presentations - Group 4", author="Tomasz Kowalczyk",
     students=["S207", "S206", "S208"],
     notes="Group presentation with Mr. K: turns and Q&A",
     text="""
# Egg Drop Presentations
## Group 4: Tevita, Rose, Jonah P.
Nov. 6, 2025 -- Physical Science 8
MR. K: Group four, whenever you're ready.
TEVITA: We tested four designs. Our first one was a parachute and it failed. So instead of just making it bigger, we asked what actually breaks the egg, and it's the stop, not the fall.
ROSE: I'll explain the data. This graph shows the drop height and whether it survived. Hold on -- I know the colors are confusing, so green is survived and red is cracked.
JONAH P: I did the straw design. I started it the day we got the project, which for me is like a record.
MR. K: Questions from the audience?
STUDENT (AUDIENCE): Why didn't you use bubble wrap?
TEVITA: We thought about it but Rose said it's kind of cheating because the rules said only paper and straws, and she was right.
""",
     labels=[
         ("S207", "Cognitive Flexibility", "Advanced", "instead of just making it bigger, we asked what actually breaks the egg, and it's the stop, not the fall."),
         ("S206", "Communication", "Proficient", "I know the colors are confusing, so green is survived and red is cracked."),
         ("S208", "Task Initiation", "Developing", "I started it the day we got the project, which for me is like a record."),
     ]),
# ---------------------------------------------------------------- t_20
dict(name="t_20.pdf", type="parent_note", date="2025-11-10",
     title="Benny - good news", author="Adaeze Okafor",
     students=["S203"],
     notes="Email from Benny's mother, printed to PDF",
     text="""
Benny - good news!
From: Grace Osei
To: Ms. Okafor
Date: 11/10/2025
Subject: Benny - good news!

Dear Ms. Okafor,

I had to write and tell you. Last night Benny sat down and did his reading log without me asking, for the first time this year.
He also told me he counts to five before he talks at dinner now.
He said "Ms. Okafor said my ideas are still good in five seconds." His sisters are thrilled.

Thank you for your patience with him.
Grace Osei
""",
     labels=[
         ("S203", "Task Initiation", "Proficient", "Last night Benny sat down and did his reading log without me"),
         ("S203", "Inhibitory Control", "Developing", "He also told me he counts to five before he talks at dinner now."),
     ]),
]
