"""Invented content for the tuning11 set (Larkspur Hollow Middle School).

Each document: file name, teacher, format, text, truth rows, labels.
Lines in text: "# " heading, "## " subheading, "| a | b |" table row, else paragraph.
"""

TEACHERS = [
    ("T1201", "Ms. Dana Okafor", "dokafor@larkspurhollow.k12.example.org", "U0T1201"),
    ("T1202", "Mr. Victor Halvorsen", "vhalvorsen@larkspurhollow.k12.example.org", "U0T1202"),
    ("T1203", "Ms. Priya Castellanos", "pcastellanos@larkspurhollow.k12.example.org", "U0T1203"),
    ("T1204", "Mr. Luis Bergstrom", "lbergstrom@larkspurhollow.k12.example.org", "U0T1204"),
]

STUDENTS = [
    ("S1201", "Amara Whitfield", 6, "T1201", ""),
    ("S1202", "Jonah Pike", 6, "T1201", "JP"),
    ("S1203", "Sofia Marin", 6, "T1201", ""),
    ("S1204", "Theodore Quill", 6, "T1201", "Teddy"),
    ("S1205", "Sofia Delacroix", 7, "T1202", ""),
    ("S1206", "Marcus Bell", 7, "T1202", ""),
    ("S1207", "Harriet Osei", 7, "T1202", "Hattie"),
    ("S1208", "Elijah Tran", 7, "T1202", "Eli"),
    ("S1209", "Nadia Rahman", 8, "T1203", ""),
    ("S1210", "Oliver Strand", 8, "T1203", "Ollie"),
    ("S1211", "Grace Kim-Lowell", 8, "T1203", ""),
    ("S1212", "Desmond Avery", 8, "T1203", "Dez"),
    ("S1213", "Priyanka Das", 7, "T1204", "Pri"),
    ("S1214", "Caleb Worth", 7, "T1204", ""),
    ("S1215", "Lena Fischer", 7, "T1204", ""),
    ("S1216", "Rafael Ortiz", 7, "T1204", "Rafa"),
]

GD, PT, PP = "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript"
RJ, PF, OB, PN = "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"

# Each doc: dict(file, teacher, fmt, text, truth=[(sid, type, date, notes)], labels=[(sid, skill, level, quote)])
DOCS = []


def doc(file, teacher, fmt, text, truth, labels, **kw):
    DOCS.append(dict(file=file, teacher=teacher, fmt=fmt, text=text, truth=truth, labels=labels, **kw))

# ---------------------------------------------------------------- T1201 Okafor, grade 6 ELA
doc("lit_circle_2025-09-18.vtt", "T1201", "vtt", """WEBVTT

NOTE Room 114, ELA period 2, literature circle on Chapter 3 of "The Lantern Keeper". Recorded 9/18/25.

00:00:03.000 --> 00:00:09.500
<v Ms. Okafor>Okay, circle three. Who wants to start with the question about why Wren lies to her brother?

00:00:10.100 --> 00:00:21.800
<v Amara Whitfield>I think she lies because she's scared, not because she's mean. On page 41 she says her hands were shaking, so the author is showing us she feels guilty before she even does it.

00:00:22.400 --> 00:00:26.000
<v Jonah Pike>Wait wait, can I say mine, mine is better—

00:00:26.300 --> 00:00:31.900
<v Ms. Okafor>Jonah, let Amara finish, then you're next.

00:00:32.500 --> 00:00:40.200
<v Amara Whitfield>I'm done. Jonah, go ahead, and then I want to hear what Sofia wrote because she had a different page.

00:00:40.800 --> 00:00:47.600
<v Jonah Pike>She lies because she wants the map. That's it. It's just about the map.

00:00:48.300 --> 00:00:58.000
<v Sofia Marin>Um. I wrote the same as Amara kind of. I don't know. I lost my sticky notes so I don't remember what page.

00:00:58.700 --> 00:01:06.400
<v Theodore Quill>This is boring, I didn't even read it. Can I go get water?

00:01:07.000 --> 00:01:15.000
<v Ms. Okafor>Teddy, let's try one page together first. Amara, can you point him to page 41?

00:01:15.600 --> 00:01:24.900
<v Amara Whitfield>Teddy, it's this paragraph right here. You can read it with me, it's short, and then you can tell us if you think she's scared or just wants the map.
""", [("S1201", GD, "2025-09-18", ""), ("S1202", GD, "2025-09-18", ""), ("S1203", GD, "2025-09-18", ""), ("S1204", GD, "2025-09-18", "")], [
    ("S1201", "Critical Thinking", "Proficient", "On page 41 she says her hands were shaking, so the author is showing us she feels guilty before she even does it."),
    ("S1201", "Relationship Skills", "Advanced", "Teddy, it's this paragraph right here. You can read it with me, it's short, and then you can tell us if you think she's scared or just wants the map."),
    ("S1202", "Inhibitory Control", "Emerging", "Wait wait, can I say mine, mine is better—"),
    ("S1203", "Organization", "Emerging", "I lost my sticky notes so I don't remember what page."),
    ("S1204", "Self-Management", "Emerging", "This is boring, I didn't even read it. Can I go get water?"),
])

doc("Amara_Whitfield_journal_Oct.docx", "T1201", "docx", """# Reading Journal - Amara Whitfield
Ms. Okafor - ELA Period 2
## Entry: Tuesday, October 14, 2025
Prompt: How did you plan your independent reading this month?
This month I made a chart in the back of my planner with the four books I want to finish before Thanksgiving and how many pages a night each one needs.
When soccer practice moved to Thursdays I had to change the plan, so I switched my long reading night to Wednesday instead of giving up on it.
I noticed I get frustrated when a book has a slow beginning, and I realized that is why I quit two books last year. So my goal is to read 30 pages before I decide.
## Teacher comment
Thoughtful planning, Amara. Keep the chart going.
""", [("S1201", RJ, "2025-10-14", "journal entry date in heading")], [
    ("S1201", "Planning & Prioritization", "Proficient", "This month I made a chart in the back of my planner with the four books I want to finish before Thanksgiving and how many pages a night each one needs."),
    ("S1201", "Cognitive Flexibility", "Proficient", "When soccer practice moved to Thursdays I had to change the plan, so I switched my long reading night to Wednesday instead of giving up on it."),
    ("S1201", "Self-Awareness", "Advanced", "I noticed I get frustrated when a book has a slow beginning, and I realized that is why I quit two books last year. So my goal is to read 30 pages before I decide."),
], title="Reading Journal - Amara Whitfield", created="2025-10-14T19:12:00")

doc("observation_notes_week_of_9-29.md", "T1201", "md", """**Observation notes — Ms. Okafor, ELA P2**

**Date:** Thu 10/2/2025

**Focus:** independent work time during the narrative writing launch

**Teddy Quill:** Teddy put his head down for the first ten minutes and said writing was pointless. After I sat with him and we made a three-box outline together, he wrote four sentences about his grandfather's boat.

**Jonah Pike (JP):** JP blurted answers twice during the mini-lesson but then caught himself the third time and raised his hand. He started his draft right away without any reminder.

**Next steps:** check in with Teddy first tomorrow; praise JP's hand-raise.
""", [("S1204", OB, "2025-10-02", "date line, not the week in the file name"), ("S1202", OB, "2025-10-02", "")], [
    ("S1204", "Task Initiation", "Emerging", "Teddy put his head down for the first ten minutes and said writing was pointless."),
    ("S1204", "Planning & Prioritization", "Developing", "After I sat with him and we made a three-box outline together, he wrote four sentences about his grandfather's boat."),
    ("S1202", "Inhibitory Control", "Developing", "JP blurted answers twice during the mini-lesson but then caught himself the third time and raised his hand."),
    ("S1202", "Task Initiation", "Proficient", "He started his draft right away without any reminder."),
])

doc("JP_reading_buddy_11.12.25.txt", "T1201", "crlf", """Reading Buddies - Room 114 - 11/12/25
Recorded by Ms. Okafor (audio transcribed)
Jonah Pike (tutor) with Teddy Quill

[1:02] Jonah: Okay Teddy, first we read the whole paragraph, then we circle words we don't know, then we guess from the sentence. Three steps.
[1:15] Teddy: I don't know "reluctant". This is too hard.
[1:20] Jonah: That's okay, I didn't know it either in September. Look at the next sentence, she drags her feet. So what do you think it means?
[1:34] Teddy: Like... she doesn't want to? Okay. I'm gonna try the next one by myself before you tell me.
[1:50] Ms. Okafor: Nice, Teddy.
[2:31] Teddy: I got stuck on "meager" but I didn't give up, I read the sentence again and it's like small or not enough.
[2:40] Jonah: Yes! See, you did the three steps without me.
""", [("S1202", PT, "2025-11-12", "tutor"), ("S1204", PT, "2025-11-12", "tutee")], [
    ("S1202", "Communication", "Proficient", "Okay Teddy, first we read the whole paragraph, then we circle words we don't know, then we guess from the sentence. Three steps."),
    ("S1202", "Social Awareness", "Proficient", "That's okay, I didn't know it either in September. Look at the next sentence, she drags her feet."),
    ("S1204", "Self-Management", "Developing", "I got stuck on \"meager\" but I didn't give up, I read the sentence again and it's like small or not enough."),
    ("S1204", "Task Initiation", "Developing", "I'm gonna try the next one by myself before you tell me."),
])

doc("RE_ Sofia's reading at home.eml", "T1201", "eml", dict(
    frm="Lucia Marin <lucia.marin.home@example.net>", to="Dana Okafor <dokafor@larkspurhollow.k12.example.org>",
    subject="RE: Sofia's reading at home", date="Fri, 09 Jan 2026 07:41:12 -0500",
    body="""Good morning Ms. Okafor,

Thank you for the folder idea. Sofia now keeps her reading log, her sticky notes and her library book in the blue folder and she checks it every night before bed without me asking.

She also told me she was nervous to share in the circle, but she practiced her part with her little brother at dinner, which she never would have done in the fall.

We are still working on the tablet. She wants to watch videos instead of using the library app, so we set a timer.

Best,
Lucia Marin

> On Jan 8, 2026, Dana Okafor wrote:
> Sofia has been doing well with her new folder system.
"""), [("S1203", PN, "2026-01-09", "date sent; quoted teacher reply not a separate doc")], [
    ("S1203", "Organization", "Proficient", "Sofia now keeps her reading log, her sticky notes and her library book in the blue folder and she checks it every night before bed without me asking."),
    ("S1203", "Self-Management", "Developing", "She also told me she was nervous to share in the circle, but she practiced her part with her little brother at dinner, which she never would have done in the fall."),
    ("S1203", "Digital Literacy", "Emerging", "She wants to watch videos instead of using the library app, so we set a timer."),
])

doc("book_talks_feb2026.srt", "T1201", "srt", """1
00:00:01,000 --> 00:00:06,000
MS. OKAFOR: Book talks, February 5th. Amara, you're up first.

2
00:00:06,500 --> 00:00:17,000
AMARA: My book is set in Lagos and in Toronto, and what surprised me is how the water shortage in one city affects the price of food in the other, because they trade.

3
00:00:17,500 --> 00:00:28,000
AMARA: So I made this slide comparing the two, and I want you to imagine you're the main character's cousin. Would you leave home to find work? Raise your hand if yes.

4
00:00:28,500 --> 00:00:33,000
SOFIA: I would stay, because of my family.

5
00:00:33,500 --> 00:00:41,000
AMARA: That's a real reason. The author actually says both choices cost something.

6
00:00:41,500 --> 00:00:45,000
MS. OKAFOR: Thank you Amara. Sofia, you're next.

7
00:00:45,500 --> 00:00:56,000
SOFIA: Um, my book is about a dog who gets lost. I liked it. It's good. I forgot my card.
""", [("S1201", PP, "2026-02-05", "presenter"), ("S1203", PP, "2026-02-05", "SOFIA here is Sofia Marin, the only Sofia in Okafor's class")], [
    ("S1201", "Global Awareness", "Proficient", "what surprised me is how the water shortage in one city affects the price of food in the other, because they trade."),
    ("S1201", "Communication", "Advanced", "So I made this slide comparing the two, and I want you to imagine you're the main character's cousin. Would you leave home to find work? Raise your hand if yes."),
    ("S1203", "Communication", "Emerging", "Um, my book is about a dog who gets lost. I liked it. It's good. I forgot my card."),
])

doc("peer_feedback_poetry_workshop.pdf", "T1201", "pdf", """# Poetry Workshop - Peer Feedback
Ms. Okafor, Grade 6 ELA | Tuesday, March 10, 2026
Reviewer: Sofia Marin     Poet: Teddy Quill
Poem title: "Dad's Boat at Low Tide"
| Glow (what works) | Grow (what to try) |
| Teddy used the sound of the ropes creaking in a way nobody else in our group thought of. | Maybe the last line could go back to the mud from the first line. |
Sofia's comment to the group: I liked how Teddy listened to all of our ideas and then picked the mud one and changed it to make it his own.
Reviewer reflection: Giving feedback was easier than I thought because I used the sentence starters.
""", [("S1203", PF, "2026-03-10", "reviewer"), ("S1204", PF, "2026-03-10", "subject of feedback")], [
    ("S1204", "Creativity & Innovation", "Proficient", "Teddy used the sound of the ropes creaking in a way nobody else in our group thought of."),
    ("S1204", "Collaboration", "Proficient", "I liked how Teddy listened to all of our ideas and then picked the mud one and changed it to make it his own."),
    ("S1203", "Communication", "Developing", "Giving feedback was easier than I thought because I used the sentence starters."),
], title="Poetry Workshop Peer Feedback", created="2026-03-10T15:30:00")

doc("Teddy_conference_notes_April.docx", "T1201", "docx", """# Student Conference Notes
| Student | Theodore "Teddy" Quill |
| Date | 04/16/2026 |
| Present | Ms. Okafor, Teddy |
## Notes
Teddy brought his own revision checklist that he made after the poetry unit, and he has been using it on every draft without being asked.
When his group's presenter was absent, Teddy stayed calm, reorganized the slides and took the extra part himself.
Teddy said he used to think he was bad at writing but now he knows he just needs to start with an outline when he feels stuck.
## Goals
Share his checklist idea with the class.
""", [("S1204", OB, "2026-04-16", "conference notes filed as observation")], [
    ("S1204", "Organization", "Advanced", "Teddy brought his own revision checklist that he made after the poetry unit, and he has been using it on every draft without being asked."),
    ("S1204", "Self-Management", "Proficient", "When his group's presenter was absent, Teddy stayed calm, reorganized the slides and took the extra part himself."),
    ("S1204", "Self-Awareness", "Proficient", "Teddy said he used to think he was bad at writing but now he knows he just needs to start with an outline when he feels stuck."),
], title="Conference - Teddy Quill", created="2026-04-16T12:05:00")

doc("exit_ticket_scan_03.txt", "T1201", "txt", """EXIT TICKET - Figurative Language
Name: ______________   Date: ________

1. Write one simile from today's poem.
   "the moon like a coin in a puddle"

2. What is one thing you are still confused about?
   i dont get the diffrence between metaphor and personification

3. Rate your understanding 1-4:  2
""", [("ASK", "", "", "no name, no date: cannot tell whose it is")], [])

doc("jp reflection may 2026.md", "T1201", "md", """# End-of-Year Reflection

**Name:** Jonah Pike (JP)
**Class:** ELA 6 — Ms. Okafor
**Date:** May 20, 2026

**What are you proudest of this year?**

I'm proud of being a reading buddy for Teddy. At first I just wanted to talk, but I learned that if I wait and let him try, he figures it out.

**What was hard?**

Waiting my turn in circles was hard. In the fall I interrupted a lot. Now I write my idea on a sticky note so I don't forget it and I can wait.

**What will you do differently in 7th grade?**

I want to start a book club at lunch for kids who like graphic novels, and I already asked Ms. Okafor if we can use her room.
""", [("S1202", RJ, "2026-05-20", "")], [
    ("S1202", "Relationship Skills", "Proficient", "At first I just wanted to talk, but I learned that if I wait and let him try, he figures it out."),
    ("S1202", "Inhibitory Control", "Proficient", "Now I write my idea on a sticky note so I don't forget it and I can wait."),
    ("S1202", "Task Initiation", "Advanced", "I want to start a book club at lunch for kids who like graphic novels, and I already asked Ms. Okafor if we can use her room."),
])

# ---------------------------------------------------------------- T1202 Halvorsen, grade 7 science
doc("lab_group_transcript_2025-09-24.txt", "T1202", "txt", """Science 7 - Lab Group B - Density Lab discussion
Wednesday 9/24/2025, Period 4, Mr. Halvorsen

[00:00:05] Mr. Halvorsen: Group B, what did your data show about the mystery cubes?
[00:00:12] Sofia Delacroix: Our cube sank in water but floated in the salt water, so its density has to be between 1.0 and about 1.2. I checked it against the table in the packet.
[00:00:25] Marcus Bell: I don't have the packet. I think I left it in my locker. Or the bus.
[00:00:31] Harriet Osei: Marcus can look at mine. Eli, you haven't said anything, what did you get for the second cube?
[00:00:38] Elijah Tran: I got 2.7, so I think it's aluminum. But I only measured once, so maybe we should measure again before we say it for sure.
[00:00:50] Marcus Bell: Whatever, it's aluminum, the internet says so.
[00:00:56] Sofia Delacroix: Can we split it up? Hattie measures, Eli writes, I'll do the calculator, Marcus reads the scale.
""", [("S1205", GD, "2025-09-24", ""), ("S1206", GD, "2025-09-24", ""), ("S1207", GD, "2025-09-24", ""), ("S1208", GD, "2025-09-24", "")], [
    ("S1205", "Critical Thinking", "Proficient", "Our cube sank in water but floated in the salt water, so its density has to be between 1.0 and about 1.2. I checked it against the table in the packet."),
    ("S1205", "Collaboration", "Proficient", "Can we split it up? Hattie measures, Eli writes, I'll do the calculator, Marcus reads the scale."),
    ("S1206", "Organization", "Emerging", "I don't have the packet. I think I left it in my locker. Or the bus."),
    ("S1206", "Critical Thinking", "Emerging", "Whatever, it's aluminum, the internet says so."),
    ("S1207", "Social Awareness", "Proficient", "Marcus can look at mine. Eli, you haven't said anything, what did you get for the second cube?"),
    ("S1208", "Critical Thinking", "Proficient", "But I only measured once, so maybe we should measure again before we say it for sure."),
])

doc("Halvorsen_observations_Oct2025.docx", "T1202", "docx", """# Observation Log - Science 7, Period 4
Mr. Halvorsen - October 2025
| Date | Student | Observation |
| 10/7/2025 | Marcus Bell | Marcus wandered to the sink twice and did not start the lab write-up until I stood next to his table. |
| 10/15/2025 | Elijah Tran | Eli quietly fixed the group's spreadsheet when the formula broke and showed the others how he did it. |
| 10/22/2025 | Harriet Osei | Hattie noticed Sofia D. was upset after the quiz and asked her if she wanted to walk to the water fountain. |
Follow-up: call home for Marcus.
""", [("S1206", OB, "2025-10-07", "log row date for Marcus"), ("S1208", OB, "2025-10-15", "log row date for Eli"), ("S1207", OB, "2025-10-22", "log row date for Hattie; Sofia D. mentioned only in passing, no row")], [
    ("S1206", "Task Initiation", "Emerging", "Marcus wandered to the sink twice and did not start the lab write-up until I stood next to his table."),
    ("S1208", "Digital Literacy", "Advanced", "Eli quietly fixed the group's spreadsheet when the formula broke and showed the others how he did it."),
    ("S1207", "Social Awareness", "Proficient", "Hattie noticed Sofia D. was upset after the quiz and asked her if she wanted to walk to the water fountain."),
], title="Observation Log October", created="2025-10-31T16:00:00")

doc("Hattie_Osei_lab_reflection.pdf", "T1202", "pdf", """# Lab Reflection: Plant Growth Experiment
Name: Harriet Osei    Period 4    Date: November 6, 2025
What went well?
I planned our experiment so we watered on Monday, Wednesday and Friday, and I made a backup schedule for the days we had an assembly.
What would you change?
When our bean plant died I was really upset and wanted to quit. I took a break, and then I suggested we use the two extra seeds and count it as a second trial.
What did you learn about working in a group?
I learned I talk too much in groups, so this time I asked Eli and Marcus for their ideas first.
""", [("S1207", RJ, "2025-11-06", "")], [
    ("S1207", "Planning & Prioritization", "Advanced", "I planned our experiment so we watered on Monday, Wednesday and Friday, and I made a backup schedule for the days we had an assembly."),
    ("S1207", "Self-Management", "Proficient", "I took a break, and then I suggested we use the two extra seeds and count it as a second trial."),
    ("S1207", "Self-Awareness", "Proficient", "I learned I talk too much in groups, so this time I asked Eli and Marcus for their ideas first."),
], title="Lab Reflection - Harriet Osei", created="2025-11-06T14:20:00")

doc("tutoring_session_12-03-2025.vtt", "T1202", "vtt", """WEBVTT

00:00:00.000 --> 00:00:06.000
<v Mr. Halvorsen>Eli, you're helping Marcus with the cell diagram today. I'll be at my desk.

00:00:06.500 --> 00:00:15.000
<v Elijah Tran>Marcus, so you don't have to remember everything, let's do one organelle at a time. First the nucleus, then the membrane, then we check.

00:00:15.500 --> 00:00:21.000
<v Marcus Bell>I already forgot what the mitochondria does. What was step two again?

00:00:21.500 --> 00:00:31.000
<v Elijah Tran>It's okay, I wrote the steps on this card for you. Step two is the membrane. You can keep the card.

00:00:31.500 --> 00:00:40.000
<v Marcus Bell>Okay. Membrane is like the fence, it lets stuff in and out. I'll write that down before I forget.
""", [("S1208", PT, "2025-12-03", "tutor"), ("S1206", PT, "2025-12-03", "tutee")], [
    ("S1208", "Relationship Skills", "Advanced", "It's okay, I wrote the steps on this card for you. Step two is the membrane. You can keep the card."),
    ("S1208", "Communication", "Proficient", "Marcus, so you don't have to remember everything, let's do one organelle at a time. First the nucleus, then the membrane, then we check."),
    ("S1206", "Working Memory", "Emerging", "I already forgot what the mitochondria does. What was step two again?"),
])

doc("Marcus - missing assignments.eml", "T1202", "eml", dict(
    frm="Gregory Bell <gbell.family@example.com>", to="Victor Halvorsen <vhalvorsen@larkspurhollow.k12.example.org>",
    subject="Marcus - missing assignments", date="Wed, 10 Dec 2025 20:15:03 -0500",
    body="""Mr. Halvorsen,

I saw the four missing assignments on the portal. Marcus says he did two of them but they are somewhere in his backpack, which is honestly a disaster.

We bought him a planner last weekend. He wrote in it on Monday and Tuesday, so that's a start, but I have to remind him every night.

He did say he liked working with Eli this week and that the card with the steps helped him.

Thanks,
Greg Bell
"""), [("S1206", PN, "2025-12-10", "")], [
    ("S1206", "Organization", "Emerging", "Marcus says he did two of them but they are somewhere in his backpack, which is honestly a disaster."),
    ("S1206", "Planning & Prioritization", "Developing", "He wrote in it on Monday and Tuesday, so that's a start, but I have to remind him every night."),
])

doc("sofia_journal_entry.txt", "T1202", "cp1252", """Science Journal — Sofia D., Period 7... I mean Period 4 (Halvorsen)
Jan. 21, 2026

Today we argued about whether the café near school should stop using plastic straws. I read two articles and one was from a company that makes paper straws, so I don’t fully trust it.

I changed my mind halfway through because Hattie showed me the data about ocean plastic in Southeast Asia, and how a lot of it comes from rivers, not straws.

Next week I want to find out what our town’s recycling plant actually does with straws.
""", [("S1205", RJ, "2026-01-21", "Sofia D. = Sofia Delacroix (Halvorsen); cp1252 encoded")], [
    ("S1205", "Critical Thinking", "Advanced", "I read two articles and one was from a company that makes paper straws, so I don’t fully trust it."),
    ("S1205", "Cognitive Flexibility", "Proficient", "I changed my mind halfway through because Hattie showed me the data about ocean plastic in Southeast Asia, and how a lot of it comes from rivers, not straws."),
    ("S1205", "Global Awareness", "Proficient", "Next week I want to find out what our town’s recycling plant actually does with straws."),
])

doc("science_fair_presentations_2026-02-26.srt", "T1202", "srt", """1
00:00:00,500 --> 00:00:08,000
[Mr. Halvorsen] Science fair practice round. Sofia, then Eli.

2
00:00:08,500 --> 00:00:20,000
[Sofia Delacroix] Our question was whether the school's tap water has more lead than the water at the library. We tested six faucets, and we found that the older building had higher numbers.

3
00:00:20,500 --> 00:00:30,000
[Sofia Delacroix] We know this isn't a perfect lab, so we sent two samples to the county to compare, and we're writing a letter to the school board with what we found.

4
00:00:30,500 --> 00:00:42,000
[Elijah Tran] Um, I built a solar oven out of a pizza box. But instead of foil I tried the inside of chip bags, because they're shiny and we throw them away anyway. It got to 160 degrees.

5
00:00:42,500 --> 00:00:50,000
[Marcus Bell] Can it cook a pizza?

6
00:00:50,500 --> 00:00:58,000
[Elijah Tran] Maybe a small one. I'm trying a version with two mirrors next.
""", [("S1205", PP, "2026-02-26", ""), ("S1208", PP, "2026-02-26", ""), ("S1206", PP, "2026-02-26", "audience question")], [
    ("S1205", "Global Awareness", "Advanced", "We know this isn't a perfect lab, so we sent two samples to the county to compare, and we're writing a letter to the school board with what we found."),
    ("S1205", "Communication", "Proficient", "Our question was whether the school's tap water has more lead than the water at the library. We tested six faucets, and we found that the older building had higher numbers."),
    ("S1208", "Creativity & Innovation", "Advanced", "But instead of foil I tried the inside of chip bags, because they're shiny and we throw them away anyway. It got to 160 degrees."),
])

doc("peer_feedback_Sofia_D.md", "T1202", "md", """**Peer Feedback — Science Fair Poster**

**From:** Harriet Osei
**To:** Sofia Delacroix
**Date:** 3/4/2026

**Two stars:**
Sofia explained the lead testing so clearly that my little brother understood it when he visited.
Sofia let everyone in her group present a part even though she did most of the research.

**One wish:**
The graph needs labels on the y-axis.
""", [("S1207", PF, "2026-03-04", "reviewer; no labels for her"), ("S1205", PF, "2026-03-04", "subject")], [
    ("S1205", "Communication", "Advanced", "Sofia explained the lead testing so clearly that my little brother understood it when he visited."),
    ("S1205", "Collaboration", "Advanced", "Sofia let everyone in her group present a part even though she did most of the research."),
])

doc("obs_0415_Bell.txt", "T1202", "txt", """Halvorsen - observation - M. Bell - 4/15/26

Marcus has really improved his organization. He now has a color-coded binder with a tab for each unit, and he checks the assignment board as soon as he walks in.

He started the erosion lab without a reminder today and finished the procedure in order.

Still blurts out answers during whole-class review, but less than in the fall.
""", [("S1206", OB, "2026-04-15", "")], [
    ("S1206", "Organization", "Proficient", "He now has a color-coded binder with a tab for each unit, and he checks the assignment board as soon as he walks in."),
    ("S1206", "Task Initiation", "Proficient", "He started the erosion lab without a reminder today and finished the procedure in order."),
    ("S1206", "Inhibitory Control", "Developing", "Still blurts out answers during whole-class review, but less than in the fall."),
])

doc("Eli_parent_email_May.eml", "T1202", "eml", dict(
    frm="Mai Tran <mai.tran.82@example.org>", to="Victor Halvorsen <vhalvorsen@larkspurhollow.k12.example.org>",
    subject="Eli and the robotics club", date="Fri, 8 May 2026 12:02:44 -0400",
    body="""Hello Mr. Halvorsen,

Eli has been staying up late on the robotics club videos. He told me he checks who made the video and whether they sell something before he believes it, which I thought was very grown up.

He is shy about talking in front of the class and gets a stomachache before presentations. He said he practices in the mirror now, and it helps a little.

Thank you for encouraging him.
Mai Tran
"""), [("S1208", PN, "2026-05-08", "")], [
    ("S1208", "Digital Literacy", "Advanced", "He told me he checks who made the video and whether they sell something before he believes it, which I thought was very grown up."),
    ("S1208", "Self-Management", "Developing", "He said he practices in the mirror now, and it helps a little."),
])

# ---------------------------------------------------------------- T1203 Castellanos, grade 8 social studies
doc("socratic_seminar_10_09_2025.docx", "T1203", "docx", """# Socratic Seminar Transcript
US History 8 - Ms. Castellanos - Thursday, October 9, 2025
Text: excerpts from the Federalist and Anti-Federalist papers
| Time | Speaker | Turn |
| 0:45 | Ms. Castellanos | Opening question: should the Constitution have included a Bill of Rights from the start? |
| 1:10 | Nadia Rahman | I want to push back on what the textbook says. The Anti-Federalists were not just against government; Brutus was worried that a big country could not represent farmers far away. |
| 2:02 | Desmond Avery | That's dumb. You're wrong. |
| 2:15 | Ms. Castellanos | Dez, try responding to her idea. |
| 2:30 | Desmond Avery | Fine. I think, uh, they should have because people didn't trust it. |
| 3:05 | Grace Kim-Lowell | Building on Nadia, that's kind of like today when people in rural towns feel the capital doesn't listen. Dez, I think your trust point connects to that too. |
| 4:12 | Oliver Strand | Sorry, what page are we on? I was reading the wrong paper. |
""", [("S1209", GD, "2025-10-09", ""), ("S1212", GD, "2025-10-09", ""), ("S1211", GD, "2025-10-09", ""), ("S1210", GD, "2025-10-09", "")], [
    ("S1209", "Critical Thinking", "Advanced", "I want to push back on what the textbook says. The Anti-Federalists were not just against government; Brutus was worried that a big country could not represent farmers far away."),
    ("S1212", "Relationship Skills", "Emerging", "That's dumb. You're wrong."),
    ("S1212", "Communication", "Developing", "Fine. I think, uh, they should have because people didn't trust it."),
    ("S1211", "Collaboration", "Advanced", "Building on Nadia, that's kind of like today when people in rural towns feel the capital doesn't listen. Dez, I think your trust point connects to that too."),
    ("S1210", "Working Memory", "Developing", "Sorry, what page are we on? I was reading the wrong paper."),
], title="Socratic Seminar 10-09", created="2025-10-09T15:45:00")

doc("Nadia_reflection_2025-11-20.md", "T1203", "md", """# Weekly Reflection

**Student:** Nadia Rahman · **Period:** 3 · **Week of** Nov 17 · **Written:** Thursday 11/20/2025

**What did you learn?**

I learned that the cotton grown in the South was shipped to mills in England, so slavery in America was tied to jobs and money across the ocean.

**What will you do with it?**

I want to look up where my own clothes are made and present it to our advisory, because I think most people don't know.

**How did you feel this week?**

I felt annoyed when my group didn't do their parts, but I noticed I was being bossy, so I asked them what they needed instead.
""", [("S1209", RJ, "2025-11-20", "written date, not the week-of date")], [
    ("S1209", "Global Awareness", "Proficient", "I learned that the cotton grown in the South was shipped to mills in England, so slavery in America was tied to jobs and money across the ocean."),
    ("S1209", "Task Initiation", "Advanced", "I want to look up where my own clothes are made and present it to our advisory, because I think most people don't know."),
    ("S1209", "Self-Awareness", "Proficient", "I felt annoyed when my group didn't do their parts, but I noticed I was being bossy, so I asked them what they needed instead."),
])

doc("Desmond Avery - observation.pdf", "T1203", "pdf", """# Teacher Observation
Ms. Castellanos - US History 8
Student: Desmond Avery ("Dez")      Date: 12/04/2025
Setting: Reconstruction stations, small groups
Dez argued with Oliver over the marker and pushed the station card off the table when he lost.
After a break in the hallway he came back, apologized to Oliver, and finished the station with the group.
Dez chose to sit away from his friends during the timed reading so he would not get distracted.
Plan: continue check-ins twice a week.
""", [("S1212", OB, "2025-12-04", "Oliver mentioned in passing; Oliver gets no row")], [
    ("S1212", "Self-Management", "Emerging", "Dez argued with Oliver over the marker and pushed the station card off the table when he lost."),
    ("S1212", "Relationship Skills", "Developing", "After a break in the hallway he came back, apologized to Oliver, and finished the station with the group."),
    ("S1212", "Inhibitory Control", "Advanced", "Dez chose to sit away from his friends during the timed reading so he would not get distracted."),
], title="Observation - D. Avery", created="2025-12-04T13:10:00")

doc("mun_practice_Jan14.vtt", "T1203", "vtt", """WEBVTT

NOTE Model UN practice, Period 3, January 14, 2026

1
00:00:02.000 --> 00:00:15.000
<v Grace Kim-Lowell>Honorable delegates, as the delegate of Bangladesh, I want to remind everyone that rising seas are not a future problem for us. Two of our coastal districts already flood every monsoon season.

2
00:00:15.500 --> 00:00:27.000
<v Grace Kim-Lowell>We propose a shared fund, but we changed our draft after listening to the delegate of Norway, so richer countries pay by emissions, not by population.

3
00:00:27.500 --> 00:00:33.000
<v Ms. Castellanos>Thank you. Delegate of Brazil?

4
00:00:33.500 --> 00:00:45.000
<v Desmond Avery>Brazil, um, Brazil thinks the rainforest is important. Because... of trees. I didn't finish my research, sorry.
""", [("S1211", PP, "2026-01-14", ""), ("S1212", PP, "2026-01-14", "")], [
    ("S1211", "Global Awareness", "Advanced", "Two of our coastal districts already flood every monsoon season."),
    ("S1211", "Cognitive Flexibility", "Advanced", "We propose a shared fund, but we changed our draft after listening to the delegate of Norway, so richer countries pay by emissions, not by population."),
    ("S1212", "Planning & Prioritization", "Emerging", "I didn't finish my research, sorry."),
])

doc("Ollie schedule.eml", "T1203", "eml", dict(
    frm="Karen Strand <kstrand.home@example.net>", to="Priya Castellanos <pcastellanos@larkspurhollow.k12.example.org>",
    subject="Ollie - juggling hockey and the DBQ", date="Wed, 11 Feb 2026 06:55:10 -0500",
    body="""Hi Ms. Castellanos,

Ollie has hockey four nights this month and he panicked about the DBQ on Sunday night. To his credit, he sat down and made a calendar with each paragraph on a different day, and he has stuck to it so far.

He still forgets which documents he needs and texts his friends at 10pm to ask.

Is there a way he could get the document set on the class website?

Thanks so much,
Karen Strand (Oliver's mom)
"""), [("S1210", PN, "2026-02-11", "")], [
    ("S1210", "Planning & Prioritization", "Proficient", "To his credit, he sat down and made a calendar with each paragraph on a different day, and he has stuck to it so far."),
    ("S1210", "Working Memory", "Emerging", "He still forgets which documents he needs and texts his friends at 10pm to ask."),
])

doc("peer_review_DBQ_essays.docx", "T1203", "docx", """# DBQ Peer Review Form
US History 8 | Ms. Castellanos | March 18, 2026
## Pair 1
| Reviewer | Oliver Strand |
| Writer | Grace Kim-Lowell |
| Comment | Grace used four documents and explained why Document C might be biased because it was written by a railroad owner. |
| Suggestion | Maybe shorter intro. |
## Pair 2
| Reviewer | Nadia Rahman |
| Writer | Desmond Avery |
| Comment | Dez's thesis is much clearer than his last essay and he actually used evidence from two documents this time. |
| Suggestion | Explain Document F more. |
""", [("S1210", PF, "2026-03-18", "reviewer"), ("S1211", PF, "2026-03-18", "subject"), ("S1209", PF, "2026-03-18", "reviewer"), ("S1212", PF, "2026-03-18", "subject")], [
    ("S1211", "Critical Thinking", "Advanced", "Grace used four documents and explained why Document C might be biased because it was written by a railroad owner."),
    ("S1212", "Critical Thinking", "Developing", "Dez's thesis is much clearer than his last essay and he actually used evidence from two documents this time."),
], title="DBQ Peer Review", created="2026-03-18T10:00:00")

doc("ollie_journal_2026-04-02.txt", "T1203", "crlf", """Oliver Strand - Learning Journal
April 2, 2026

This week we had to switch from the poster to a podcast because the printer broke. At first I was mad but then I liked it better because I could add sound effects from the Dust Bowl era.

I made a folder on my Chromebook for every source and named them by date so I don't lose them like last time.

I'm still not good at starting. I waited until Wednesday night to record.
""", [("S1210", RJ, "2026-04-02", "")], [
    ("S1210", "Cognitive Flexibility", "Proficient", "At first I was mad but then I liked it better because I could add sound effects from the Dust Bowl era."),
    ("S1210", "Organization", "Proficient", "I made a folder on my Chromebook for every source and named them by date so I don't lose them like last time."),
    ("S1210", "Task Initiation", "Emerging", "I'm still not good at starting. I waited until Wednesday night to record."),
])

doc("study_hall_tutoring_4-22-26.srt", "T1203", "srt", """1
00:00:00,000 --> 00:00:09,000
GRACE: Okay Dez, the question asks for two causes of the Great Migration. What do you already know?

2
00:00:09,500 --> 00:00:18,000
DEZ: Jobs up north, in factories. And, um, the Jim Crow laws in the South, people wanted to get away from that.

3
00:00:18,500 --> 00:00:27,000
GRACE: Yes! Now which document proves the jobs part? Don't tell me, point to it.

4
00:00:27,500 --> 00:00:40,000
DEZ: This one, the newspaper ad from Chicago. Can I write the paragraph first and you check it after? I want to see if I can do it myself.

5
00:00:40,500 --> 00:00:46,000
MS. CASTELLANOS: Love that, Dez.
""", [("S1211", PT, "2026-04-22", "tutor"), ("S1212", PT, "2026-04-22", "tutee; DEZ = Desmond Avery")], [
    ("S1211", "Relationship Skills", "Advanced", "Yes! Now which document proves the jobs part? Don't tell me, point to it."),
    ("S1212", "Task Initiation", "Proficient", "Can I write the paragraph first and you check it after? I want to see if I can do it myself."),
    ("S1212", "Communication", "Proficient", "Jobs up north, in factories. And, um, the Jim Crow laws in the South, people wanted to get away from that."),
])

doc("conference_notes_Nadia_May2026.pdf", "T1203", "pdf", """# Student-Teacher Conference
Ms. Castellanos | Nadia Rahman | Wednesday, May 13, 2026
## Discussion
Nadia led the advisory presentation on where our clothes are made and then organized a clothing swap with the student council.
She asked two classmates who disagreed with her to co-present so the audience would hear both sides.
Nadia has been using the school's news database and compared how three outlets covered the same factory fire.
## Next
High school: AP Human Geography recommendation.
""", [("S1209", OB, "2026-05-13", "conference notes filed as observation")], [
    ("S1209", "Global Awareness", "Advanced", "Nadia led the advisory presentation on where our clothes are made and then organized a clothing swap with the student council."),
    ("S1209", "Social Awareness", "Advanced", "She asked two classmates who disagreed with her to co-present so the audience would hear both sides."),
    ("S1209", "Digital Literacy", "Advanced", "Nadia has been using the school's news database and compared how three outlets covered the same factory fire."),
], title="Conference Nadia Rahman", created="2026-05-13T15:00:00")

doc("capstone_day_2026-06-02.txt", "T1203", "txt", """CAPSTONE PRESENTATIONS — US History 8 — 06/02/2026
Transcribed from the class recording. Speakers: Ms. Castellanos, Nadia, Ollie, Ms. Reyes (visiting principal)

10:02 Ms. Castellanos: Ollie, go ahead.
10:02 Ollie: Our podcast is about the Dust Bowl, and I want to start with a question for you. If your farm blew away, would you stay or leave?
10:04 Ollie: We found that bad farming choices made it worse, so it wasn't only the weather. That's why we think farmers today should rotate crops.
10:06 Ms. Reyes: How did you divide the work?
10:06 Ollie: I did the editing and Nadia did most of the interviews, and we had a shared checklist so we knew who was behind.
10:09 Nadia: I'd add that we disagreed about the ending, and we settled it by asking two classmates which one was clearer.
10:11 Ms. Castellanos: Thank you both.
""", [("S1210", PP, "2026-06-02", ""), ("S1209", PP, "2026-06-02", "")], [
    ("S1210", "Communication", "Proficient", "Our podcast is about the Dust Bowl, and I want to start with a question for you. If your farm blew away, would you stay or leave?"),
    ("S1210", "Responsible Decision-Making", "Proficient", "We found that bad farming choices made it worse, so it wasn't only the weather. That's why we think farmers today should rotate crops."),
    ("S1210", "Collaboration", "Proficient", "I did the editing and Nadia did most of the interviews, and we had a shared checklist so we knew who was behind."),
    ("S1209", "Relationship Skills", "Proficient", "I'd add that we disagreed about the ending, and we settled it by asking two classmates which one was clearer."),
])

# ---------------------------------------------------------------- T1204 Bergstrom, grade 7 math
doc("math_talk_2025-09-10.vtt", "T1204", "vtt", """WEBVTT

00:00:01.000 --> 00:00:07.000
<v Mr. Bergstrom>Number talk: 25 times 16. Table four, how did you do it?

00:00:07.500 --> 00:00:16.000
<v Priyanka Das>I did 25 times 4 is 100, and then 100 times 4 is 400. But Lena did it a totally different way, can she share?

00:00:16.500 --> 00:00:25.000
<v Lena Fischer>I did 16 times 100 divided by 4. I'm probably wrong though. I'm always wrong in math.

00:00:25.500 --> 00:00:30.000
<v Rafael Ortiz>No, that's 400 too! That's cool, I didn't think of dividing.

00:00:30.500 --> 00:00:36.000
<v Caleb Worth>I didn't do it yet. I was going to but I didn't have a pencil.

00:00:36.500 --> 00:00:44.000
<v Rafael Ortiz>Caleb, here, take mine. We can do it together, start with 25 times 2.
""", [("S1213", GD, "2025-09-10", ""), ("S1215", GD, "2025-09-10", ""), ("S1216", GD, "2025-09-10", ""), ("S1214", GD, "2025-09-10", "")], [
    ("S1213", "Cognitive Flexibility", "Proficient", "But Lena did it a totally different way, can she share?"),
    ("S1215", "Self-Awareness", "Emerging", "I'm probably wrong though. I'm always wrong in math."),
    ("S1216", "Social Awareness", "Proficient", "Caleb, here, take mine. We can do it together, start with 25 times 2."),
    ("S1214", "Task Initiation", "Emerging", "I didn't do it yet. I was going to but I didn't have a pencil."),
])

doc("caleb_reflection_10-23.docx", "T1204", "docx", """# Math Reflection
Name: Caleb Worth
Date: 10/23/2025
## How did the unit test go?
I didn't study until the morning of the test because I kept telling myself I'd do it later.
I get nervous when I see word problems so I skip them and then I run out of time.
## What will you do next time?
Maybe do the review sheet the weekend before if Mr. B reminds me.
""", [("S1214", RJ, "2025-10-23", "")], [
    ("S1214", "Task Initiation", "Emerging", "I didn't study until the morning of the test because I kept telling myself I'd do it later."),
    ("S1214", "Self-Awareness", "Developing", "I get nervous when I see word problems so I skip them and then I run out of time."),
    ("S1214", "Planning & Prioritization", "Developing", "Maybe do the review sheet the weekend before if Mr. B reminds me."),
], title="Math Reflection", created="2025-10-23T13:40:00")

doc("after_school_math_lab_2025-11-18.txt", "T1204", "txt", """After-School Math Lab - Room 208 - Tues Nov 18 2025
Supervising: Mr. Bergstrom
Transcript (phone recording), speakers: Rafael Ortiz, Lena Fischer, Marcus Bell, Mr. Bergstrom

[15:31] Rafael Ortiz: Lena, for the percent problems, I like drawing a bar first. Want me to show you, or do you want to try and I'll watch?
[15:32] Lena Fischer: Can I try? Okay. 30 percent of 80. So I split the bar into ten parts, each is 8, three parts is 24.
[15:33] Marcus Bell: Yo Rafa, is this the science room? I need Mr. Halvorsen's worksheet, I think I left it here.
[15:33] Mr. Bergstrom: Marcus, that's down the hall, room 212.
[15:34] Lena Fischer: I used to freeze on these. Now I just draw the bar and I feel calmer.
[15:36] Rafael Ortiz: See, you didn't need me at all. Next one you explain to me.
""", [("S1216", PT, "2025-11-18", "tutor; Marcus Bell also speaks but is Halvorsen's student (T1202): no row for him"), ("S1215", PT, "2025-11-18", "tutee")], [
    ("S1216", "Relationship Skills", "Advanced", "Lena, for the percent problems, I like drawing a bar first. Want me to show you, or do you want to try and I'll watch?"),
    ("S1215", "Working Memory", "Proficient", "So I split the bar into ten parts, each is 8, three parts is 24."),
    ("S1215", "Self-Management", "Proficient", "I used to freeze on these. Now I just draw the bar and I feel calmer."),
])

doc("Bergstrom_obs_Dec.md", "T1204", "md", """## Classroom observation — Math 7 (Bergstrom)

**When:** December 9, 2025, period 6
**Activity:** proportional reasoning stations

**Pri:** Priyanka planned the station rotation for her group on a sticky note, with a backup station in case one was full, and kept the group on time.

**Caleb:** Caleb started the warm-up after one reminder today, which is better than last month. He lost his calculator again.

**Others:** Lena was absent; Rafa was at a band lesson.
""", [("S1213", OB, "2025-12-09", ""), ("S1214", OB, "2025-12-09", "")], [
    ("S1213", "Planning & Prioritization", "Advanced", "Priyanka planned the station rotation for her group on a sticky note, with a backup station in case one was full, and kept the group on time."),
    ("S1214", "Task Initiation", "Developing", "Caleb started the warm-up after one reminder today, which is better than last month."),
    ("S1214", "Organization", "Emerging", "He lost his calculator again."),
])

doc("Lena Fischer - math anxiety.eml", "T1204", "eml", dict(
    frm="Thomas Fischer <t.fischer@example.com>", to="Luis Bergstrom <lbergstrom@larkspurhollow.k12.example.org>",
    subject="Lena and math homework", date="Tue, 27 Jan 2026 18:30:00 -0600",
    body="""Dear Mr. Bergstrom,

I wanted to share some good news. Lena used to cry over math homework, but this month she tells us when she is getting frustrated and takes a five-minute break on her own before going back.

She also explained ratios to her grandmother on a video call and used the recipe example from class, changing it for grandma's cooking.

Thank you,
Tom Fischer
"""), [("S1215", PN, "2026-01-27", "")], [
    ("S1215", "Self-Awareness", "Proficient", "Lena used to cry over math homework, but this month she tells us when she is getting frustrated and takes a five-minute break on her own before going back."),
    ("S1215", "Communication", "Proficient", "She also explained ratios to her grandmother on a video call and used the recipe example from class, changing it for grandma's cooking."),
])

doc("ratio_project_presentations.srt", "T1204", "srt", """1
00:00:00,000 --> 00:00:06,000
Mr. Bergstrom: Ratio project presentations, March 5. Rafa first.

2
00:00:06,500 --> 00:00:19,000
Rafa: We compared the price per ounce of cereal at three stores, and the big box was actually more expensive per ounce at one store, so bigger isn't always cheaper.

3
00:00:19,500 --> 00:00:29,000
Rafa: We used a spreadsheet to make the graph, and I cited where the prices came from, the store websites on February 20th.

4
00:00:29,500 --> 00:00:35,000
Mr. Bergstrom: Nice. Pri?

5
00:00:35,500 --> 00:00:48,000
Pri: Our project started as paint mixing, but when we ran out of paint we switched to mixing lemonade, and honestly the lemonade data was better because we could measure it exactly.

6
00:00:48,500 --> 00:00:58,000
Pri: Caleb built the table and Lena did the taste test survey, so everybody's part is on this slide.
""", [("S1216", PP, "2026-03-05", "Rafa = Rafael Ortiz"), ("S1213", PP, "2026-03-05", "Pri = Priyanka Das; Caleb and Lena only mentioned as contributors, they do not speak: no rows")], [
    ("S1216", "Critical Thinking", "Proficient", "We compared the price per ounce of cereal at three stores, and the big box was actually more expensive per ounce at one store, so bigger isn't always cheaper."),
    ("S1216", "Digital Literacy", "Proficient", "We used a spreadsheet to make the graph, and I cited where the prices came from, the store websites on February 20th."),
    ("S1213", "Cognitive Flexibility", "Advanced", "Our project started as paint mixing, but when we ran out of paint we switched to mixing lemonade, and honestly the lemonade data was better because we could measure it exactly."),
    ("S1213", "Collaboration", "Advanced", "Caleb built the table and Lena did the taste test survey, so everybody's part is on this slide."),
])

doc("gallery_walk_feedback_3.25.26.pdf", "T1204", "pdf", """# Gallery Walk Feedback - Scale Drawings
Math 7 - Mr. Bergstrom - 3/25/26
## Card 1
Written by: Lena Fischer      For: Caleb Worth
Caleb's floor plan has a really creative idea, a treehouse classroom, and he changed the scale after Rafa showed him it wouldn't fit.
## Card 2
Written by: Caleb Worth      For: Rafael Ortiz
Rafa's drawing is super neat and he helped three people at our table fix their scale.
I liked giving feedback, I think I got better at saying what I mean nicely.
""", [("S1215", PF, "2026-03-25", "writer of card 1"), ("S1214", PF, "2026-03-25", "subject of card 1, writer of card 2"), ("S1216", PF, "2026-03-25", "subject of card 2")], [
    ("S1214", "Creativity & Innovation", "Proficient", "Caleb's floor plan has a really creative idea, a treehouse classroom, and he changed the scale after Rafa showed him it wouldn't fit."),
    ("S1216", "Organization", "Advanced", "Rafa's drawing is super neat and he helped three people at our table fix their scale."),
    ("S1214", "Communication", "Developing", "I liked giving feedback, I think I got better at saying what I mean nicely."),
], title="Gallery Walk Feedback", created="2026-03-25T14:45:00")

doc("Pri_journal_April_2026.txt", "T1204", "txt", """Priyanka Das (Pri) — Math journal
Thursday, April 9, 2026

I've been helping run the math club's fundraiser. I set up a shared sheet so each of us can log sales, and when two people entered the same order I fixed the formula so it flags duplicates.

I get stressed when I have three tests in one week, so this time I made a plan on Sunday with which subject each night and a catch-up night on Thursday.

One thing I want to work on is letting other people lead. Sometimes I just take over.
""", [("S1213", RJ, "2026-04-09", "")], [
    ("S1213", "Digital Literacy", "Advanced", "I set up a shared sheet so each of us can log sales, and when two people entered the same order I fixed the formula so it flags duplicates."),
    ("S1213", "Planning & Prioritization", "Advanced", "I get stressed when I have three tests in one week, so this time I made a plan on Sunday with which subject each night and a catch-up night on Thursday."),
    ("S1213", "Self-Awareness", "Proficient", "One thing I want to work on is letting other people lead. Sometimes I just take over."),
])

doc("unit 7 exit ticket - Rafael.md", "T1204", "md", """**Exit Ticket — Unit 7 Probability**
**Name:** Rafa Ortiz  **Date:** 5/14/26

**Q1. Is the spinner game fair? Explain.**
No. The red part is bigger than the blue part, so red wins more. I also ran it 50 times on the simulator and red won 31 times.

**Q2. How could you make it fair?**
Make the sections equal, or give blue more points when it wins so the expected points are the same.

**Q3. How did you feel about today?**
Good. I helped Caleb set up the simulator.
""", [("S1216", RJ, "2026-05-14", "exit ticket = student writing, filed as reflection_journal")], [
    ("S1216", "Critical Thinking", "Advanced", "I also ran it 50 times on the simulator and red won 31 times."),
    ("S1216", "Creativity & Innovation", "Advanced", "Make the sections equal, or give blue more points when it wins so the expected points are the same."),
])

doc("Caleb_Worth_obs_2026-05-27.docx", "T1204", "docx", """# Observation Note
| Teacher | Mr. Bergstrom |
| Student | Caleb Worth |
| Date | May 27, 2026 |
| Class | Math 7, Period 6 |
## Notes
Caleb started the probability project the day it was assigned and had his data table done before anyone else in his group.
Caleb has improved his organization a lot: he keeps a pencil pouch and a calculator in his binder and has not lost either since March.
When Lena's partner was absent, Caleb invited her into his group and made sure she had a job.
""", [("S1214", OB, "2026-05-27", "Lena mentioned in passing only: no row")], [
    ("S1214", "Task Initiation", "Proficient", "Caleb started the probability project the day it was assigned and had his data table done before anyone else in his group."),
    ("S1214", "Organization", "Proficient", "Caleb has improved his organization a lot: he keeps a pencil pouch and a calculator in his binder and has not lost either since March."),
    ("S1214", "Social Awareness", "Proficient", "When Lena's partner was absent, Caleb invited her into his group and made sure she had a job."),
], title="Observation - Caleb Worth", created="2026-05-27T15:20:00")
