"""All text of the tuning14 set (Skerry Sound School). Written blind.

Each document: name, teacher, fmt, created (ISO datetime for file metadata),
entry_type, entry_date, rows [(student_id, note)], blocks, labels
[(student_id, skill, level, quote)].

Block kinds: ("h", text) heading, ("p", text) paragraph, ("table", rows),
("turn", speaker, text) transcript turn, ("note", text) caption note.
"""

SCHOOL = "Skerry Sound School"
YEAR_START = "2025-08-18"
YEAR_END = "2026-06-02"

TEACHERS = [
    ("T1501", "Annika Solberg", "asolberg@skerrysound.org", "U0T1501"),
    ("T1502", "Desmond Okafor", "dokafor@skerrysound.org", "U0T1502"),
    ("T1503", "Rosa Villanueva", "rvillanueva@skerrysound.org", "U0T1503"),
    ("T1504", "Callum Whitford", "cwhitford@skerrysound.org", "U0T1504"),
]

STUDENTS = [
    ("S1501", "Marisol Tan", 6, "T1501", "Mari"),
    ("S1502", "Jonah Petrakis", 6, "T1501", ""),
    ("S1503", "Wren Albright", 6, "T1501", ""),
    ("S1504", "Elias Ferreira", 6, "T1501", ""),
    ("S1505", "Priya Castellano", 7, "T1502", ""),
    ("S1506", "Finnegan Doyle", 7, "T1502", "Finn"),
    ("S1507", "Amara Obi", 7, "T1502", ""),
    ("S1508", "Elias Lindqvist", 7, "T1502", "Eli"),
    ("S1509", "Rosalind Hart", 8, "T1503", "Roz"),
    ("S1510", "Kai Mendoza", 8, "T1503", ""),
    ("S1511", "Hattie Brennan", 8, "T1503", ""),
    ("S1512", "Bodhi Sato", 8, "T1503", ""),
    ("S1513", "Lucía Ortega", 7, "T1504", "Lu"),
    ("S1514", "Declan Moss", 8, "T1504", ""),
    ("S1515", "Ines Varga", 6, "T1504", ""),
    ("S1516", "Tobiah Greer", 8, "T1504", "Toby"),
]

E, D, P, A = "Emerging", "Developing", "Proficient", "Advanced"

DOCS = []


def doc(**kw):
    kw.setdefault("labels", [])
    kw.setdefault("headers", None)
    kw.setdefault("opts", {})
    DOCS.append(kw)


# ---------------------------------------------------------------- T1501 (grade 6 science, Ms. Solberg)

doc(name="journal.docx", teacher="T1501", fmt="docx", created="2025-09-09T15:10:00",
    entry_type="reflection_journal", entry_date="2025-09-09",
    rows=[("S1502", "student journal; 'Jonah P.'; date in words without year")],
    blocks=[
        ("h", "Science Reflection Journal"),
        ("p", "Name: Jonah P."),
        ("p", "Date: Tuesday, September 9th"),
        ("p", "Prompt: What happened in today's lab? What was hard?"),
        ("p", "We did the density lab with the salt water cups. Ms. Solberg told us three things to do before we start and I only remembered the goggles part. Why do I always forget the third step? I had to ask Wren two times what we were supposed to do with the food coloring."),
        ("p", "My notebook was in my cubby, no wait, it was on the bus, so I wrote on a paper towel."),
        ("p", "I didn't start writing my observations until Ms. Solberg came over and tapped question one. Then I did it."),
        ("p", "When the cups spilled I slammed my notebook shut and quit for the rest of the period."),
    ],
    labels=[
        ("S1502", "Working Memory", E, "Why do I always forget the third step? I had to ask Wren two times what we were supposed to do with the food coloring."),
        ("S1502", "Organization", E, "My notebook was in my cubby, no wait, it was on the bus, so I wrote on a paper towel."),
        ("S1502", "Task Initiation", D, "I didn't start writing my observations until Ms. Solberg came over and tapped question one."),
        ("S1502", "Self-Management", E, "When the cups spilled I slammed my notebook shut and quit for the rest of the period."),
    ])

doc(name="exit ticket.txt", teacher="T1501", fmt="txt", created="2025-10-02T14:40:00",
    entry_type="", entry_date="",
    rows=[("ASK", "name line left blank; no way to tell which of the four students wrote it")],
    blocks=[
        ("p", "EXIT TICKET - Tide pool survey"),
        ("p", "Name: ____________________"),
        ("p", "Date: Oct 2"),
        ("p", "1. One thing I learned: anemones close up when the water goes out so they don't dry out."),
        ("p", "2. One thing I did well: I kept the data table neat and I finished early so I helped my partner count the snails."),
        ("p", "3. A question I still have: do the hermit crabs move to a new pool every tide?"),
    ])

doc(name="Observation notes wk of Sept 22.md", teacher="T1501", fmt="md", created="2025-09-26T16:00:00",
    entry_type="teacher_observation_note", entry_date="2025-09-22",
    rows=[("S1501", "anecdotal record; 'Mari'"), ("S1502", "anecdotal record"),
          ("S1503", "anecdotal record"), ("S1504", "anecdotal record; Elias Ferreira (grade 6)")],
    blocks=[
        ("h", "Anecdotal records - Tidepool 6 - wk of Sept 22"),
        ("p", "Beach transects Monday and Wednesday, density follow-up Thursday. Notes jotted on the clipboard and typed up Friday."),
        ("h", "Mari"),
        ("p", "Mari keeps her field notebook tabbed by site and has not once needed a spare pencil from me this month."),
        ("h", "Wren"),
        ("p", "When the beach-transect group split into two camps, Wren asked each side to state the other side's plan first, then proposed they run both transects and compare, and the group adopted it."),
        ("h", "Elias"),
        ("p", "Elias called out answers four times during the mini-lesson and left his seat to look out the window at the seals twice, even after a private reminder."),
        ("h", "Jonah"),
        ("p", "Jonah needed the lab steps repeated to him individually and still skipped rinsing the probe between samples."),
        ("h", "Other"),
        ("p", "Lucía Ortega from Mr. Whitford's advisory came by Tuesday to collect the kayak sign-up sheet; she was polite and quick."),
    ],
    labels=[
        ("S1501", "Organization", P, "Mari keeps her field notebook tabbed by site and has not once needed a spare pencil from me this month."),
        ("S1503", "Collaboration", A, "When the beach-transect group split into two camps, Wren asked each side to state the other side's plan first, then proposed they run both transects and compare, and the group adopted it."),
        ("S1504", "Inhibitory Control", E, "Elias called out answers four times during the mini-lesson and left his seat to look out the window at the seals twice, even after a private reminder."),
        ("S1502", "Working Memory", E, "Jonah needed the lab steps repeated to him individually and still skipped rinsing the probe between samples."),
    ])

doc(name="Re_ Mari this fall.eml", teacher="T1501", fmt="eml", created="2025-10-14T20:12:00",
    entry_type="parent_note", entry_date="2025-10-14",
    rows=[("S1501", "parent email; child called 'Mari'; grandmother's words reported")],
    headers={"From": "Helen Tan <helen.tan@islandmail.net>", "To": "Annika Solberg <asolberg@skerrysound.org>",
             "Subject": "Re: Mari this fall", "Date": "Tue, 14 Oct 2025 20:12:00 -0700"},
    blocks=[
        ("p", "Hi Ms. Solberg,"),
        ("p", "Thank you for the note about the tide pool unit. We wanted to tell you what we are seeing at home."),
        ("p", "On Sunday nights she now lays out her whole week on the whiteboard in the kitchen, including the ferry days when she has orchestra on the mainland, and she does it without us asking."),
        ("p", "Her grandmother says Mari told her she gets 'prickly' and short with her brother when she is tired."),
        ("p", "We are working on bedtime!"),
        ("p", "Best,\nHelen Tan"),
        ("p", "> On Mon, Oct 13, 2025, Annika Solberg wrote:\n> Just a quick hello to all families about our tide pool unit. Field days are Mondays and Wednesdays."),
    ],
    labels=[
        ("S1501", "Planning & Prioritization", P, "On Sunday nights she now lays out her whole week on the whiteboard in the kitchen, including the ferry days when she has orchestra on the mainland, and she does it without us asking."),
        ("S1501", "Self-Awareness", P, "Her grandmother says Mari told her she gets 'prickly' and short with her brother when she is tired."),
    ])

doc(name="scan_0042.pdf", teacher="T1501", fmt="pdf", created="2025-11-18T12:05:00",
    entry_type="reflection_journal", entry_date="2025-11-18",
    rows=[("S1503", "self-assessment; numeric ratings are not evidence")],
    blocks=[
        ("h", "Term 1 Self-Assessment"),
        ("p", "Student: Wren Albright        Date: 11/18/2025"),
        ("table", [["Skill", "My rating (1-4)"], ["Relationship Skills", "4"], ["Communication", "3"], ["Critical Thinking", "2"]]),
        ("p", "Explain your ratings:"),
        ("p", "This term I started a 'lab buddy' thing where I sit with the new kid from the mainland and show him how our notebooks work, and now he helps the other new kid."),
        ("p", "When I presented our transect data to the harbour committee I used fewer numbers and more pictures because they are not scientists."),
        ("p", "I believed the website that said the seals were leaving because of the ferry, until Ms. Solberg asked me who wrote it. Now I check the author if she reminds me."),
    ],
    labels=[
        ("S1503", "Relationship Skills", A, "This term I started a 'lab buddy' thing where I sit with the new kid from the mainland and show him how our notebooks work, and now he helps the other new kid."),
        ("S1503", "Communication", P, "When I presented our transect data to the harbour committee I used fewer numbers and more pictures because they are not scientists."),
        ("S1503", "Critical Thinking", D, "I believed the website that said the seals were leaving because of the ferry, until Ms. Solberg asked me who wrote it. Now I check the author if she reminds me."),
    ])

doc(name="tutoring 12-03.vtt", teacher="T1501", fmt="vtt", created="2025-12-03T13:30:00",
    entry_type="peer_tutoring_transcript", entry_date="2025-12-03",
    rows=[("S1501", "tutor; speaker 'Mari'"), ("S1502", "tutee"), ("S1504", "tutee; Elias Ferreira")],
    blocks=[
        ("note", "Peer tutoring, density catch-up. Ms. Solberg's room, Wednesday December 3, 2025. Auto-captions, lightly corrected."),
        ("turn", "Mari", "Okay, so we're doing mass divided by volume again. Jonah, you start."),
        ("turn", "Jonah", "Wait, I wrote the steps on a sticky note this time. One, mass. Two, volume. Three, divide. I got to three!"),
        ("turn", "Elias", "That's easy, it's eleven point, oh sorry."),
        ("turn", "Elias", "Sorry, I interrupted again. I'm gonna put my hand on the desk until you finish."),
        ("turn", "Mari", "It's fine. Elias, you look stuck on the cup one. Okay, the formula way isn't working for you, so let's try it with the cups instead, or we could draw it. Which one?"),
        ("turn", "Elias", "Cups."),
        ("turn", "Ms. Solberg", "How is it going over here?"),
        ("turn", "Mari", "Good. Jonah, you got the first two, so you do the third one and I'll just watch. Tell me if you want a hint, but I bet you don't need it."),
        ("turn", "Jonah", "Okay. Twelve divided by four. Three grams per, per centimetre cubed."),
    ],
    labels=[
        ("S1502", "Working Memory", D, "Wait, I wrote the steps on a sticky note this time. One, mass. Two, volume. Three, divide. I got to three!"),
        ("S1504", "Inhibitory Control", D, "Sorry, I interrupted again. I'm gonna put my hand on the desk until you finish."),
        ("S1501", "Cognitive Flexibility", P, "Okay, the formula way isn't working for you, so let's try it with the cups instead, or we could draw it. Which one?"),
        ("S1501", "Relationship Skills", A, "Jonah, you got the first two, so you do the third one and I'll just watch. Tell me if you want a hint, but I bet you don't need it."),
    ])

doc(name="goal sheet.md", teacher="T1501", fmt="md", created="2026-01-12T10:00:00",
    entry_type="reflection_journal", entry_date="2026-01-12",
    rows=[("S1504", "goal-setting sheet; Elias Ferreira; goal chosen with the teacher")],
    blocks=[
        ("h", "Goal-Setting Sheet - Semester 2"),
        ("p", "**Name:** Elias F.  \n**Date:** January 12, 2026"),
        ("h", "My goal"),
        ("p", "My goal is to not shout out in science. Ms. Solberg picked this goal with me. Last term I did it a lot. I do better when Ms. Solberg gives me the sticky-note signal."),
        ("h", "Why this matters"),
        ("p", "I shout out when I'm excited, not when I'm trying to be rude, and it makes people think I don't care about their turn."),
        ("p", "I lost my goal sheet from last term so this is a new one."),
        ("h", "Something else I'm thinking about"),
        ("p", "For the 'our ocean, our world' unit I don't really see why we learn about plastic in other countries when our beach is pretty clean."),
    ],
    labels=[
        ("S1504", "Inhibitory Control", D, "I do better when Ms. Solberg gives me the sticky-note signal."),
        ("S1504", "Self-Awareness", P, "I shout out when I'm excited, not when I'm trying to be rude, and it makes people think I don't care about their turn."),
        ("S1504", "Organization", E, "I lost my goal sheet from last term so this is a new one."),
        ("S1504", "Global Awareness", E, "For the 'our ocean, our world' unit I don't really see why we learn about plastic in other countries when our beach is pretty clean."),
    ])

doc(name="journal (1).docx", teacher="T1501", fmt="docx", created="2026-03-03T15:20:00",
    entry_type="reflection_journal", entry_date="2026-03-03",
    rows=[("S1502", "student journal; growth in Working Memory since September")],
    blocks=[
        ("h", "Science Reflection Journal"),
        ("p", "Jonah Petrakis - 3 March 2026"),
        ("p", "Today was the plankton tow off the ferry dock. Ms. Solberg gave the six steps for the plankton tow out loud on the dock and I did all of them in order without looking at my sticky note."),
        ("p", "When the net tangled I didn't give up even when everybody was waiting on me; I counted to ten, asked for the knife, and cut the knot."),
        ("p", "This week I started my lab write-up the minute we got back inside, before anyone said anything."),
        ("p", "I need fewer reminders now to put my stuff in the bin, but I still leave my notebook on the bus sometimes."),
    ],
    labels=[
        ("S1502", "Working Memory", P, "Ms. Solberg gave the six steps for the plankton tow out loud on the dock and I did all of them in order without looking at my sticky note."),
        ("S1502", "Self-Management", P, "When the net tangled I didn't give up even when everybody was waiting on me; I counted to ten, asked for the knife, and cut the knot."),
        ("S1502", "Task Initiation", P, "This week I started my lab write-up the minute we got back inside, before anyone said anything."),
        ("S1502", "Organization", D, "I need fewer reminders now to put my stuff in the bin, but I still leave my notebook on the bus sometimes."),
    ])

doc(name="peer feedback form.pdf", teacher="T1501", fmt="pdf", created="2026-02-10T14:00:00",
    entry_type="peer_feedback", entry_date="2026-02-10",
    rows=[("S1501", "subject of the feedback ('Mari')"), ("S1503", "wrote the feedback")],
    blocks=[
        ("h", "Peer Feedback Form - Ecosystem Models"),
        ("p", "Presenter: Marisol T.     Reviewer: Wren A.     Date: Feb 10, 2026"),
        ("p", "What worked:"),
        ("p", "Mari built a model of the kelp forest with a string pulley so the kelp moves like the tide, then she used the same pulley idea in art class for a puppet."),
        ("p", "She changed how she talked when the kindergarten buddies came in, using small words and letting them pull the string."),
        ("p", "One suggestion:"),
        ("p", "Maybe label the fish so people know which ones are local."),
        ("p", "Rating: 4 / 4"),
    ],
    labels=[
        ("S1501", "Creativity & Innovation", A, "Mari built a model of the kelp forest with a string pulley so the kelp moves like the tide, then she used the same pulley idea in art class for a puppet."),
        ("S1501", "Communication", P, "She changed how she talked when the kindergarten buddies came in, using small words and letting them pull the string."),
    ])

doc(name="IMG_notes_0415.txt", teacher="T1501", fmt="txt", created="2026-04-15T16:45:00", opts={"crlf": True},
    entry_type="teacher_observation_note", entry_date="2026-04-15",
    rows=[("S1503", "observation"), ("S1504", "observation; Elias Ferreira")],
    blocks=[
        ("p", "Notes - Wednesday April fifteenth - harbour master visit + tide gauge data block"),
        ("p", "Elias sat through the full twenty-minute guest talk from the harbour master with his hand up, waiting to be called on every time."),
        ("p", "Elias spent most of the data block on the laptop watching boat videos and had to be redirected to the spreadsheet three times."),
        ("p", "When the tide-gauge spreadsheet stopped graphing, Wren found the blank cell that broke the formula, fixed it, and then showed two classmates how to check for it."),
        ("p", "Follow up: move Elias next to Wren for Friday?"),
    ],
    labels=[
        ("S1504", "Inhibitory Control", P, "Elias sat through the full twenty-minute guest talk from the harbour master with his hand up, waiting to be called on every time."),
        ("S1504", "Digital Literacy", E, "Elias spent most of the data block on the laptop watching boat videos and had to be redirected to the spreadsheet three times."),
        ("S1503", "Digital Literacy", A, "When the tide-gauge spreadsheet stopped graphing, Wren found the blank cell that broke the formula, fixed it, and then showed two classmates how to check for it."),
    ])

doc(name="SLC notes.docx", teacher="T1501", fmt="docx", created="2026-05-07T18:30:00",
    entry_type="teacher_observation_note", entry_date="2026-05-07",
    rows=[("S1501", "student-led conference notes taken by the teacher")],
    blocks=[
        ("h", "Student-Led Conference Notes"),
        ("table", [["Student", "Marisol Tan (Mari)"], ["Attending", "Mari, mother, Ms. Solberg"], ["Date", "Thursday 7 May 2026"]]),
        ("p", "Mari explained that she rushes when she's anxious, so she set herself a goal of checking every data table twice before the state science test, and she showed her checklist."),
        ("p", "She connected the warming water on our own reef transect to coral bleaching reports from the Philippines her cousin sent her."),
        ("p", "She has a Plan B column in her planner for every ferry-cancellation day, with which assignments to move and who to email."),
        ("p", "Mari's colour-tab notebook system has been adopted by her whole lab table, and she made a one-page guide for the new student."),
        ("p", "Mother asked about summer reading; I will send the list."),
    ],
    labels=[
        ("S1501", "Self-Awareness", A, "Mari explained that she rushes when she's anxious, so she set herself a goal of checking every data table twice before the state science test, and she showed her checklist."),
        ("S1501", "Global Awareness", P, "She connected the warming water on our own reef transect to coral bleaching reports from the Philippines her cousin sent her."),
        ("S1501", "Planning & Prioritization", A, "She has a Plan B column in her planner for every ferry-cancellation day, with which assignments to move and who to email."),
        ("S1501", "Organization", A, "Mari's colour-tab notebook system has been adopted by her whole lab table, and she made a one-page guide for the new student."),
    ])

doc(name="wrap-up.srt", teacher="T1501", fmt="srt", created="2026-05-28T11:00:00",
    entry_type="group_discussion_transcript", entry_date="2026-05-28",
    rows=[("S1502", "speaker"), ("S1503", "speaker"), ("S1504", "speaker; Elias Ferreira")],
    blocks=[
        ("note", "[End-of-year science circle, Ms. Solberg's room, May 28 2026]"),
        ("turn", "Ms. Solberg", "Last circle of the year. What should next year's sixth graders do differently on the seabird project?"),
        ("turn", "Wren", "If we put the trail cameras on the nesting cliff we'd get amazing pictures, but the birds might leave, so I think for next year we should write a rule for the whole school about how close anyone gets, not just our class."),
        ("turn", "Jonah", "I liked Wren's idea better than mine so we used hers and added my labels to it."),
        ("turn", "Ms. Solberg", "Elias, what about the plastic survey?"),
        ("turn", "Elias", "Ms. Solberg said the current brings plastic here from far away, so I guess it's maybe not only other countries' problem?"),
        ("turn", "Wren", "That website in the fall said the seals leave because of the ferry, but the harbour data shows they leave every May anyway, and the ferry schedule didn't change. So I think it's the pups and maybe noise, and we'd need to count on no-ferry days to really know."),
    ],
    labels=[
        ("S1503", "Responsible Decision-Making", A, "If we put the trail cameras on the nesting cliff we'd get amazing pictures, but the birds might leave, so I think for next year we should write a rule for the whole school about how close anyone gets, not just our class."),
        ("S1502", "Collaboration", P, "I liked Wren's idea better than mine so we used hers and added my labels to it."),
        ("S1504", "Global Awareness", D, "Ms. Solberg said the current brings plastic here from far away, so I guess it's maybe not only other countries' problem?"),
        ("S1503", "Critical Thinking", A, "That website in the fall said the seals leave because of the ferry, but the harbour data shows they leave every May anyway, and the ferry schedule didn't change. So I think it's the pups and maybe noise, and we'd need to count on no-ferry days to really know."),
    ])

# ---------------------------------------------------------------- T1502 (grade 7 humanities, Mr. Okafor)

doc(name="dock debate transcript.txt", teacher="T1502", fmt="txt", created="2025-09-25T14:00:00",
    entry_type="group_discussion_transcript", entry_date="2025-09-25",
    rows=[("S1505", "speaker"), ("S1506", "speaker 'Finn'"), ("S1507", "speaker")],
    blocks=[
        ("p", "Humanities 7 - Socratic circle: Should Halloran Island build a second ferry dock?"),
        ("p", "Recorded Thursday, Sept. 25. Transcribed by Mr. Okafor."),
        ("turn", "Mr. Okafor", "Priya, you said you had numbers. Go ahead."),
        ("turn", "Priya", "The council flyer says the dock would double tourism, but it doesn't say where that number comes from. The harbour report from last year says maybe thirty percent."),
        ("turn", "Amara", "Wait wait, no, that's dumb, the dock would, sorry, can I go? I'm going. The seals would hate it."),
        ("turn", "Finn", "Amara, you said the dock would bring more noise for the seals; do you mean the pupping beach? Because that's a good point and nobody's talked about it."),
        ("turn", "Finn", "Okay, what if we don't build a new dock but fix the old one? Or, like, a floating one only for summer?"),
        ("turn", "Mr. Okafor", "Hold that thought, we're at time."),
    ],
    labels=[
        ("S1505", "Critical Thinking", P, "The council flyer says the dock would double tourism, but it doesn't say where that number comes from. The harbour report from last year says maybe thirty percent."),
        ("S1507", "Inhibitory Control", E, "Wait wait, no, that's dumb, the dock would, sorry, can I go? I'm going."),
        ("S1506", "Relationship Skills", P, "Amara, you said the dock would bring more noise for the seals; do you mean the pupping beach? Because that's a good point and nobody's talked about it."),
        ("S1506", "Cognitive Flexibility", P, "Okay, what if we don't build a new dock but fix the old one? Or, like, a floating one only for summer?"),
    ])

doc(name="reflection.md", teacher="T1502", fmt="md", created="2025-10-09T21:00:00",
    entry_type="reflection_journal", entry_date="2025-10-09",
    rows=[("S1505", "writer; she also describes Finn and Amara, who are not subjects and get no evidence from her words")],
    blocks=[
        ("h", "Weekly reflection - Priya C."),
        ("p", "_Thursday 9 October_"),
        ("p", "Our group is good. Finn is really good at calming people down when the debate gets loud. Amara always has like ten ideas and she never runs out."),
        ("p", "In our group I mostly did the whole slideshow myself because it was faster, and Mr. Okafor told me to give Eli the map slide. I did, and it was actually fine."),
        ("p", "When I got nervous before the debate I did the box breathing thing on my own in the bathroom and then came back."),
    ],
    labels=[
        ("S1505", "Collaboration", D, "In our group I mostly did the whole slideshow myself because it was faster, and Mr. Okafor told me to give Eli the map slide. I did, and it was actually fine."),
        ("S1505", "Self-Management", P, "When I got nervous before the debate I did the box breathing thing on my own in the bathroom and then came back."),
    ])

doc(name="Re_ homework.eml", teacher="T1502", fmt="eml", created="2025-10-20T07:45:00",
    entry_type="parent_note", entry_date="2025-10-20",
    rows=[("S1506", "parent email; full name Finnegan, called Finn; sister's words reported")],
    headers={"From": "Maeve Doyle <maeve.doyle@islandmail.net>", "To": "Desmond Okafor <dokafor@skerrysound.org>",
             "Subject": "Re: homework", "Date": "Mon, 20 Oct 2025 07:45:00 -0700"},
    blocks=[
        ("p", "Dear Mr. Okafor,"),
        ("p", "Thanks for checking in about Finnegan. Honestly it has been a rough start at home."),
        ("p", "Most nights Finn does not open his backpack until I have asked four or five times, and by then it's nearly bedtime."),
        ("p", "He has lost two copies of the reading packet and the permission slip for the lighthouse trip."),
        ("p", "His older sister says he told her the book is boring and he'll 'do it on the ferry', which he never does."),
        ("p", "The tablet is only ever for fishing videos and games; when I asked him to look up the lighthouse history for the project he said he didn't know how to find anything."),
        ("p", "Any ideas welcome.\nMaeve Doyle"),
    ],
    labels=[
        ("S1506", "Task Initiation", E, "Most nights Finn does not open his backpack until I have asked four or five times, and by then it's nearly bedtime."),
        ("S1506", "Organization", E, "He has lost two copies of the reading packet and the permission slip for the lighthouse trip."),
        ("S1506", "Planning & Prioritization", E, "His older sister says he told her the book is boring and he'll 'do it on the ferry', which he never does."),
        ("S1506", "Digital Literacy", E, "The tablet is only ever for fishing videos and games; when I asked him to look up the lighthouse history for the project he said he didn't know how to find anything."),
    ])

doc(name="exit tickets wk of Nov 3.docx", teacher="T1502", fmt="docx", created="2025-11-07T15:00:00",
    entry_type="reflection_journal", entry_date="2025-11-03",
    rows=[("S1507", "a week of exit tickets in one table; dated by week")],
    blocks=[
        ("h", "Exit Tickets - Amara Obi"),
        ("p", "Humanities 7, wk of Nov 3"),
        ("table", [
            ["Day", "Prompt", "My answer"],
            ["Mon", "How did discussion go for you?", "Today I only called out once, and I caught myself and said sorry. The fidget cube helped when Mr. O reminded me to use it."],
            ["Tue", "Myth draft: what changed?", "I wrote my myth about the island from the point of view of the lighthouse, and after Finn said the ending was confusing I rewrote it so the lamp goes out on purpose."],
            ["Thu", "How was switching projects?", "When Mr. O said we were switching from the myth to the map project I just sat there and didn't do anything because I wasn't done with my myth."],
            ["Fri", "One word for the week", "Tired."],
        ]),
    ],
    labels=[
        ("S1507", "Inhibitory Control", D, "Today I only called out once, and I caught myself and said sorry. The fidget cube helped when Mr. O reminded me to use it."),
        ("S1507", "Creativity & Innovation", P, "I wrote my myth about the island from the point of view of the lighthouse, and after Finn said the ending was confusing I rewrote it so the lamp goes out on purpose."),
        ("S1507", "Cognitive Flexibility", E, "When Mr. O said we were switching from the myth to the map project I just sat there and didn't do anything because I wasn't done with my myth."),
    ])

doc(name="observation 11-19.pdf", teacher="T1502", fmt="pdf", created="2025-11-19T16:10:00",
    entry_type="teacher_observation_note", entry_date="2025-11-19",
    rows=[("S1508", "observation of 'Eli' - Elias Lindqvist (grade 7), not Elias Ferreira of T1501")],
    blocks=[
        ("h", "Observation - Elias L."),
        ("p", "Humanities 7 / 11-19-2025 / source analysis lesson"),
        ("p", "Eli noticed that the new student had gone quiet after the joke about mainland kids and quietly moved his chair next to her and asked about her old school."),
        ("p", "During the share-out Eli shook his head and passed twice, and when he did speak his summary was hard to follow."),
        ("p", "Eli carried out the four-part source analysis (author, date, purpose, claim) on both documents without checking the anchor chart."),
    ],
    labels=[
        ("S1508", "Social Awareness", P, "Eli noticed that the new student had gone quiet after the joke about mainland kids and quietly moved his chair next to her and asked about her old school."),
        ("S1508", "Communication", E, "During the share-out Eli shook his head and passed twice, and when he did speak his summary was hard to follow."),
        ("S1508", "Working Memory", P, "Eli carried out the four-part source analysis (author, date, purpose, claim) on both documents without checking the anchor chart."),
    ])

doc(name="presentation_cannery.vtt", teacher="T1502", fmt="vtt", created="2025-12-11T13:00:00",
    entry_type="project_presentation_transcript", entry_date="2025-12-11",
    rows=[("S1506", "presenter 'Finn'"), ("S1508", "presenter 'Eli'"), ("S1507", "audience member asking a question")],
    blocks=[
        ("note", "Island History Projects - The Cannery. Presenters Finn D. and Eli L. December 11, 2025."),
        ("turn", "Finn", "Um, so, this slide is, um, the cannery."),
        ("turn", "Mr. Okafor", "Look up at us, Finn. Tell it like a story."),
        ("turn", "Finn", "Okay, Mr. O said to look up, so, um, the cannery closed in 1987 and the families had to find other jobs, like on the ferry."),
        ("turn", "Eli", "We found two sources that disagree. The museum says the cannery closed because of the fish, and the newspaper says it was the new highway on the mainland. We think both are true, and honestly the question 'why did it close' assumes there was only one reason."),
        ("turn", "Amara", "I have a question. How did the families feel? My great-grandma worked there."),
        ("turn", "Eli", "We didn't interview anyone yet. Could we interview her?"),
    ],
    labels=[
        ("S1506", "Communication", D, "Okay, Mr. O said to look up, so, um, the cannery closed in 1987 and the families had to find other jobs, like on the ferry."),
        ("S1508", "Critical Thinking", A, "We found two sources that disagree. The museum says the cannery closed because of the fish, and the newspaper says it was the new highway on the mainland. We think both are true, and honestly the question 'why did it close' assumes there was only one reason."),
    ])

doc(name="journal_jan.txt", teacher="T1502", fmt="txt", created="2026-01-21T20:30:00", opts={"encoding": "cp1252"},
    entry_type="reflection_journal", entry_date="2026-01-21",
    rows=[("S1508", "journal signed 'Eli L.'; file is Windows-1252 with curly quotes")],
    blocks=[
        ("p", "Eli L. \u2014 journal \u2014 Jan. 21"),
        ("p", "This week we practised the oral history presentations."),
        ("p", "I practised my part out loud with my mum twice, and in class I spoke when Mr. Okafor gave me the sentence starter \u2014 it was easier than I thought."),
        ("p", "I go quiet when I feel embarrassed, and it isn\u2019t because I don\u2019t know the answer \u2014 it\u2019s that I don\u2019t want people to look at me."),
        ("p", "For the research I used the library database and the island archive scans instead of just Googling, and I wrote down where each picture came from so I could credit it."),
        ("p", "Next week: Amara\u2019s great-grandmother\u2019s interview. \u201cBring questions,\u201d Mr. O said."),
    ],
    labels=[
        ("S1508", "Communication", D, "I practised my part out loud with my mum twice, and in class I spoke when Mr. Okafor gave me the sentence starter \u2014 it was easier than I thought."),
        ("S1508", "Self-Awareness", P, "I go quiet when I feel embarrassed, and it isn\u2019t because I don\u2019t know the answer \u2014 it\u2019s that I don\u2019t want people to look at me."),
        ("S1508", "Digital Literacy", P, "For the research I used the library database and the island archive scans instead of just Googling, and I wrote down where each picture came from so I could credit it."),
    ])

doc(name="conference notes.docx", teacher="T1502", fmt="docx", created="2026-02-26T19:00:00",
    entry_type="teacher_observation_note", entry_date="2026-02-26",
    rows=[("S1507", "student-led conference notes; mother's words reported")],
    blocks=[
        ("h", "Student-Led Conference - Amara Obi"),
        ("p", "26 February 2026, with Amara's mother and grandfather."),
        ("p", "Amara told her parents she now waits for the talking stone in circle and showed her tally sheet: zero call-outs on six of the last eight days."),
        ("p", "She said she blurts when she's afraid her idea will disappear, so her goal for spring is to jot ideas in the margin and share them later, and she chose that goal herself."),
        ("p", "With Mr. Okafor's checklist beside her she broke the history fair project into four weekly chunks; she hadn't scheduled the interview with her great-grandmother yet."),
        ("p", "Her mother said Amara now reminds her little brother to 'park the thought' at dinner."),
    ],
    labels=[
        ("S1507", "Inhibitory Control", P, "Amara told her parents she now waits for the talking stone in circle and showed her tally sheet: zero call-outs on six of the last eight days."),
        ("S1507", "Self-Awareness", A, "She said she blurts when she's afraid her idea will disappear, so her goal for spring is to jot ideas in the margin and share them later, and she chose that goal herself."),
        ("S1507", "Planning & Prioritization", D, "With Mr. Okafor's checklist beside her she broke the history fair project into four weekly chunks; she hadn't scheduled the interview with her great-grandmother yet."),
    ])

doc(name="peer_feedback.md", teacher="T1502", fmt="md", created="2026-03-12T14:20:00",
    entry_type="peer_feedback", entry_date="2026-03-12",
    rows=[("S1505", "subject of anonymous peer feedback; Finn and Eli mentioned only")],
    blocks=[
        ("h", "Peer Feedback: History Fair Groups"),
        ("p", "| Field | |\n|---|---|\n| Group member | Priya Castellano |\n| Reviewer | anonymous (7th grade) |\n| Date | March 12 |"),
        ("h", "What did this group member do well?"),
        ("p", "Priya made sure every person in our group had a real job, and when Finn and Eli argued about the map she got them to combine their versions instead of picking one."),
        ("p", "She explained the treaty part in a way the sixth graders who visited understood, with a drawing instead of dates."),
        ("h", "What could they work on?"),
        ("p", "Nothing really. Maybe talk a little slower."),
    ],
    labels=[
        ("S1505", "Collaboration", A, "Priya made sure every person in our group had a real job, and when Finn and Eli argued about the map she got them to combine their versions instead of picking one."),
        ("S1505", "Communication", P, "She explained the treaty part in a way the sixth graders who visited understood, with a drawing instead of dates."),
    ])

doc(name="Fwd_ Saturday at the lighthouse.eml", teacher="T1502", fmt="eml", created="2026-04-11T19:40:00",
    entry_type="parent_note", entry_date="2026-04-11",
    rows=[("S1506", "forwarded family email (mother forwarding grandfather) about Finn")],
    headers={"From": "Maeve Doyle <maeve.doyle@islandmail.net>", "To": "Desmond Okafor <dokafor@skerrysound.org>",
             "Subject": "Fwd: Saturday at the lighthouse", "Date": "Sat, 11 Apr 2026 19:40:00 -0700"},
    blocks=[
        ("p", "Mr. Okafor - I wanted you to see this from my dad. Good news for once!"),
        ("p", "Finn started his history fair write-up this morning before I'd even come downstairs, with no nagging from me."),
        ("p", "He's keeping the reading packet in the red folder now, most days."),
        ("p", "Maeve"),
        ("p", "---------- Forwarded message ---------\nFrom: Pat Doyle <lighthouse.pat@islandmail.net>\nDate: Sat, Apr 11, 2026 at 4:02 PM\nSubject: Saturday at the lighthouse\nTo: Maeve Doyle <maeve.doyle@islandmail.net>"),
        ("p", "Maeve, the boy was a great help with the cousins at the point today."),
        ("p", "When the wind picked up he told the younger cousins to come off the rocks and explained that the tide would cut off the path in an hour."),
        ("p", "Dad"),
    ],
    labels=[
        ("S1506", "Task Initiation", P, "Finn started his history fair write-up this morning before I'd even come downstairs, with no nagging from me."),
        ("S1506", "Organization", D, "He's keeping the reading packet in the red folder now, most days."),
        ("S1506", "Responsible Decision-Making", P, "When the wind picked up he told the younger cousins to come off the rocks and explained that the tide would cut off the path in an hour."),
    ])

doc(name="town hall sim - notes.docx", teacher="T1502", fmt="docx", created="2026-05-14T17:00:00",
    entry_type="teacher_observation_note", entry_date="2026-05-14",
    rows=[("S1505", "multi-student note"), ("S1506", "multi-student note"), ("S1507", "multi-student note"),
          ("S1508", "multi-student note; 'Eli'")],
    blocks=[
        ("h", "Island Futures Town Hall Simulation - observation notes"),
        ("p", "Thursday, May 14, 2026. Declan Moss from Mr. Whitford's outdoor crew kept time for us and was very patient."),
        ("h", "Priya"),
        ("p", "Priya brought data on how the Faroe Islands handled ferry subsidies, drafted a proposal for our council, and has emailed it to the real island council."),
        ("h", "Finn"),
        ("p", "When the simulated vote turned into 'locals versus summer people', Finn asked to hear from the two students who had said nothing and then summarised each side fairly before the vote."),
        ("h", "Amara"),
        ("p", "When her assigned role was switched at the last minute from harbour master to fisher, Amara rewrote her talking points in ten minutes without complaint."),
        ("h", "Eli"),
        ("p", "Eli gave his two-minute statement without notes, made eye contact with the 'council', and changed his example to the school when he saw the younger visitors were lost."),
    ],
    labels=[
        ("S1505", "Global Awareness", A, "Priya brought data on how the Faroe Islands handled ferry subsidies, drafted a proposal for our council, and has emailed it to the real island council."),
        ("S1506", "Social Awareness", A, "When the simulated vote turned into 'locals versus summer people', Finn asked to hear from the two students who had said nothing and then summarised each side fairly before the vote."),
        ("S1507", "Cognitive Flexibility", P, "When her assigned role was switched at the last minute from harbour master to fisher, Amara rewrote her talking points in ten minutes without complaint."),
        ("S1508", "Communication", P, "Eli gave his two-minute statement without notes, made eye contact with the 'council', and changed his example to the school when he saw the younger visitors were lost."),
    ])

# ---------------------------------------------------------------- T1503 (grade 8 math & advisory, Ms. Villanueva)

doc(name="journal.md", teacher="T1503", fmt="md", created="2025-09-19T15:00:00",
    entry_type="reflection_journal", entry_date="2025-09-15",
    rows=[("S1510", "journal dated by week ('week of 9/15')")],
    blocks=[
        ("h", "Math journal"),
        ("p", "Kai M. -- week of 9/15"),
        ("p", "When Ms. V showed us a second way to do the ratio problem I got confused and went back to my way, but when she said to try the table, I did and it worked."),
        ("p", "I don't know why I got mad, I just did. The problem was stupid and Bodhi kept looking at my paper."),
        ("p", "I wrote the due dates on my hand like Ms. V said, that kind of worked until I washed it off."),
    ],
    labels=[
        ("S1510", "Cognitive Flexibility", D, "When Ms. V showed us a second way to do the ratio problem I got confused and went back to my way, but when she said to try the table, I did and it worked."),
        ("S1510", "Self-Awareness", E, "I don't know why I got mad, I just did. The problem was stupid and Bodhi kept looking at my paper."),
        ("S1510", "Planning & Prioritization", D, "I wrote the due dates on my hand like Ms. V said, that kind of worked until I washed it off."),
    ])

doc(name="advisory circle.txt", teacher="T1503", fmt="txt", created="2025-10-08T12:30:00", opts={"crlf": True},
    entry_type="group_discussion_transcript", entry_date="2025-10-08",
    rows=[("S1509", "speaker 'Roz'"), ("S1511", "speaker"), ("S1512", "speaker")],
    blocks=[
        ("p", "ADVISORY CIRCLE -- October 8 -- topic: phones and the ferry video"),
        ("turn", "Ms. Villanueva", "Someone filmed a student slipping on the ferry deck and it's going around. What would you do if it landed in your messages?"),
        ("turn", "Bodhi", "I'd probably just send it, everybody already saw it anyway. It's not my fault if it goes around."),
        ("turn", "Roz", "If somebody posts the video of Sam falling on the ferry, it's funny for like a day, but it's on there forever, and he didn't say yes. So no, I wouldn't forward it, and I'd tell whoever sent it."),
        ("turn", "Hattie", "The account that posted it isn't even a real kid, look, it was made last week and it only reposts fight videos for clicks. That's how they get followers."),
        ("turn", "Roz", "Can I say something for Sam? He's not here, but I talked to him, and he said the worst part wasn't the video, it was that nobody asked him. So maybe we ask the person first, every time, and make that our advisory rule."),
        ("turn", "Ms. Villanueva", "Let's write that down."),
    ],
    labels=[
        ("S1512", "Responsible Decision-Making", E, "I'd probably just send it, everybody already saw it anyway. It's not my fault if it goes around."),
        ("S1509", "Responsible Decision-Making", P, "If somebody posts the video of Sam falling on the ferry, it's funny for like a day, but it's on there forever, and he didn't say yes. So no, I wouldn't forward it, and I'd tell whoever sent it."),
        ("S1511", "Digital Literacy", A, "The account that posted it isn't even a real kid, look, it was made last week and it only reposts fight videos for clicks. That's how they get followers."),
        ("S1509", "Social Awareness", A, "Can I say something for Sam? He's not here, but I talked to him, and he said the worst part wasn't the video, it was that nobody asked him. So maybe we ask the person first, every time, and make that our advisory rule."),
    ])

doc(name="anecdotal records.pdf", teacher="T1503", fmt="pdf", created="2025-11-13T16:30:00",
    entry_type="teacher_observation_note", entry_date="2025-11-13",
    rows=[("S1510", "observation"), ("S1512", "observation")],
    blocks=[
        ("h", "Anecdotal Records - Math 8"),
        ("p", "Thursday 13 November 2025"),
        ("p", "Kai:"),
        ("p", "Not once this month has Kai needed a reminder to start the warm-up; he is working before the bell."),
        ("p", "Kai accepted the 'math trick' video's claim that it works for every number without trying a single example."),
        ("p", "Bodhi:"),
        ("p", "Bodhi's math binder is missing the last three weeks of notes, and he borrowed a calculator, a pencil and graph paper today."),
        ("p", "With the steps written on his whiteboard Bodhi completed the two-step equations, but when I erased them he lost his place after the first step."),
        ("p", "Bodhi left his seat four times to sharpen a pencil he did not use."),
    ],
    labels=[
        ("S1510", "Task Initiation", P, "Not once this month has Kai needed a reminder to start the warm-up; he is working before the bell."),
        ("S1510", "Critical Thinking", E, "Kai accepted the 'math trick' video's claim that it works for every number without trying a single example."),
        ("S1512", "Organization", E, "Bodhi's math binder is missing the last three weeks of notes, and he borrowed a calculator, a pencil and graph paper today."),
        ("S1512", "Working Memory", D, "With the steps written on his whiteboard Bodhi completed the two-step equations, but when I erased them he lost his place after the first step."),
        ("S1512", "Inhibitory Control", E, "Bodhi left his seat four times to sharpen a pencil he did not use."),
    ])

doc(name="goals 2025.docx", teacher="T1503", fmt="docx", created="2025-09-30T13:00:00",
    entry_type="reflection_journal", entry_date="2025-09-30",
    rows=[("S1511", "goal-setting sheet")],
    blocks=[
        ("h", "Grade 8 Goal-Setting"),
        ("table", [["Name", "Hattie Brennan"], ["Advisor", "Ms. Villanueva"], ["Date", "September 30, 2025"]]),
        ("h", "Where am I now?"),
        ("p", "I usually do my projects the night before. I didn't even know the science fair was this month until Roz said."),
        ("p", "I procrastinate when a project feels too big, because I'm scared it won't be good, and then I get stressed and snap at my mom."),
        ("p", "I keep my locker and my binder really organised, that part is easy for me and I never lose handouts."),
        ("h", "My goal"),
        ("p", "Start big projects earlier."),
    ],
    labels=[
        ("S1511", "Planning & Prioritization", E, "I usually do my projects the night before. I didn't even know the science fair was this month until Roz said."),
        ("S1511", "Self-Awareness", P, "I procrastinate when a project feels too big, because I'm scared it won't be good, and then I get stressed and snap at my mom."),
        ("S1511", "Organization", P, "I keep my locker and my binder really organised, that part is easy for me and I never lose handouts."),
    ])

doc(name="Roz - after conferences.eml", teacher="T1503", fmt="eml", created="2025-12-05T21:05:00",
    entry_type="parent_note", entry_date="2025-12-05",
    rows=[("S1509", "parent email; uses full name Rosalind and nickname Roz")],
    headers={"From": "Graham Hart <g.hart@islandmail.net>", "To": "Rosa Villanueva <rvillanueva@skerrysound.org>",
             "Subject": "After conferences", "Date": "Fri, 05 Dec 2025 21:05:00 -0800"},
    blocks=[
        ("p", "Ms. Villanueva,"),
        ("p", "Thanks for the time at conferences. A few things we didn't get to:"),
        ("p", "Rosalind has taken on coaching two of the sixth graders in her rowing crew; she plans their drills and one of them told us Roz is the reason she didn't quit."),
        ("p", "With regionals, the math competition and the ferry schedule all in the same week, she worked out her own training and study schedule a month ahead and stuck to it."),
        ("p", "She now leaves her phone in the kitchen basket before she starts homework, which was entirely her idea."),
        ("p", "Graham Hart"),
    ],
    labels=[
        ("S1509", "Relationship Skills", A, "Rosalind has taken on coaching two of the sixth graders in her rowing crew; she plans their drills and one of them told us Roz is the reason she didn't quit."),
        ("S1509", "Self-Management", A, "With regionals, the math competition and the ferry schedule all in the same week, she worked out her own training and study schedule a month ahead and stuck to it."),
        ("S1509", "Inhibitory Control", A, "She now leaves her phone in the kitchen basket before she starts homework, which was entirely her idea."),
    ])

doc(name="tutoring.srt", teacher="T1503", fmt="srt", created="2026-01-27T14:15:00",
    entry_type="peer_tutoring_transcript", entry_date="2026-01-27",
    rows=[("S1509", "tutor 'Roz'"), ("S1512", "tutee"), ("S1510", "tutee")],
    blocks=[
        ("note", "[Math lab peer tutoring - slope - 01/27/2026]"),
        ("turn", "Roz", "Think of it like the tide chart. The slope is how fast the water rises every hour. Bodhi, you're on the dock at six, where's the water at nine? See, you already know how to do this."),
        ("turn", "Bodhi", "This is so dumb. I was gonna rip it up, but you said take a breath, so, fine, I'm taking a breath."),
        ("turn", "Kai", "Oh, I can do it with the graph or with the table. I'll do the table and check it with the graph."),
        ("turn", "Bodhi", "Okay, okay, I'll start the next one. Can you just watch me do the first line?"),
        ("turn", "Ms. Villanueva", "Five minutes, everyone."),
    ],
    labels=[
        ("S1509", "Communication", A, "Think of it like the tide chart. The slope is how fast the water rises every hour. Bodhi, you're on the dock at six, where's the water at nine? See, you already know how to do this."),
        ("S1512", "Self-Management", D, "I was gonna rip it up, but you said take a breath, so, fine, I'm taking a breath."),
        ("S1510", "Cognitive Flexibility", P, "Oh, I can do it with the graph or with the table. I'll do the table and check it with the graph."),
        ("S1512", "Task Initiation", D, "Okay, okay, I'll start the next one. Can you just watch me do the first line?"),
    ])

doc(name="exit_ticket.txt", teacher="T1503", fmt="txt", created="2026-02-04T14:50:00",
    entry_type="reflection_journal", entry_date="2026-02-04",
    rows=[("S1511", "exit ticket; US numeric date 02/04/2026 = 4 February")],
    blocks=[
        ("p", "Exit ticket -- Math 8 -- Hattie B. -- 02/04/2026"),
        ("p", "How did the census project checkpoint go?"),
        ("p", "I think maybe I kind of planned better this time? I made the checklist Ms. V gave us, but I still did the poster part last."),
        ("p", "I checked our survey numbers against the census page and found we counted the same houses twice, so our claim about island population was wrong."),
        ("p", "I started the survey write-up in class when Ms. V set the timer, but at home I still put it off."),
    ],
    labels=[
        ("S1511", "Planning & Prioritization", D, "I think maybe I kind of planned better this time? I made the checklist Ms. V gave us, but I still did the poster part last."),
        ("S1511", "Critical Thinking", P, "I checked our survey numbers against the census page and found we counted the same houses twice, so our claim about island population was wrong."),
        ("S1511", "Task Initiation", D, "I started the survey write-up in class when Ms. V set the timer, but at home I still put it off."),
    ])

doc(name="obs wk of 3-16.docx", teacher="T1503", fmt="docx", created="2026-03-20T16:00:00",
    entry_type="teacher_observation_note", entry_date="2026-03-16",
    rows=[("S1510", "observation"), ("S1512", "observation")],
    blocks=[
        ("h", "Observation notes - bridge design challenge"),
        ("p", "wk of 3/16"),
        ("p", "When the bridge-design problem came with no numbers at all, Kai said 'cool, so we get to decide what matters' and reframed it as an optimisation problem for the group."),
        ("p", "After losing the first round Kai said, with prompting, that he was 'frustrated, not mad at anyone', and went back to the table."),
        ("p", "Bodhi spent the bridge challenge sitting apart with his hood up and did not contribute to the group's design."),
    ],
    labels=[
        ("S1510", "Cognitive Flexibility", A, "When the bridge-design problem came with no numbers at all, Kai said 'cool, so we get to decide what matters' and reframed it as an optimisation problem for the group."),
        ("S1510", "Self-Awareness", D, "After losing the first round Kai said, with prompting, that he was 'frustrated, not mad at anyone', and went back to the table."),
        ("S1512", "Collaboration", E, "Bodhi spent the bridge challenge sitting apart with his hood up and did not contribute to the group's design."),
    ])

doc(name="housing presentation.txt", teacher="T1503", fmt="txt", created="2026-04-22T11:30:00",
    entry_type="project_presentation_transcript", entry_date="2026-04-22",
    rows=[("S1511", "presenter"), ("S1509", "presenter 'Roz'"), ("S1510", "audience question only")],
    blocks=[
        ("p", "Project presentation: What does a house cost on Halloran Island?"),
        ("p", "Presenters: Hattie Brennan, Rosalind Hart. Wednesday, April 22."),
        ("turn", "Hattie", "We planned it backwards from today: survey done by March 20, graphs by April 1, practice twice. We finished the graphs two days early, so we had time to fix the scale."),
        ("turn", "Roz", "The realtor's site says prices went up forty percent, the county says twelve. They're both right, they're measuring different things: one is summer cottages, one is all homes. So the question people ask, 'is the island too expensive', depends on who's asking."),
        ("turn", "Kai", "What about people who rent? Did you ask any renters?"),
        ("turn", "Hattie", "For the adults at the town hall we're going to skip the formulas and just show the one graph, because that's what they care about."),
        ("turn", "Ms. Villanueva", "Thank you both."),
    ],
    labels=[
        ("S1511", "Planning & Prioritization", P, "We planned it backwards from today: survey done by March 20, graphs by April 1, practice twice. We finished the graphs two days early, so we had time to fix the scale."),
        ("S1509", "Critical Thinking", A, "The realtor's site says prices went up forty percent, the county says twelve. They're both right, they're measuring different things: one is summer cottages, one is all homes. So the question people ask, 'is the island too expensive', depends on who's asking."),
        ("S1511", "Communication", P, "For the adults at the town hall we're going to skip the formulas and just show the one graph, because that's what they care about."),
    ])

doc(name="my reflection.md", teacher="T1503", fmt="md", created="2026-05-20T15:30:00",
    entry_type="reflection_journal", entry_date="2026-05-20",
    rows=[("S1512", "writer; mentions Kai (not a subject)")],
    blocks=[
        ("h", "End of year reflection"),
        ("p", "Bodhi Sato, May 20th"),
        ("p", "I need fewer reminders now. Ms. V only had to check my binder twice this month instead of every day."),
        ("p", "When Kai wanted to take the kayak out past the buoy I said no, because Mr. Whitford said. I wasn't sure at first but I didn't go."),
        ("p", "I did my part of the bridge poster and I let Hattie tell me where to put it."),
        ("p", "I know I get grumpy when I'm hungry, Ms. V says, so I eat my snack before math now."),
    ],
    labels=[
        ("S1512", "Organization", D, "I need fewer reminders now. Ms. V only had to check my binder twice this month instead of every day."),
        ("S1512", "Responsible Decision-Making", D, "When Kai wanted to take the kayak out past the buoy I said no, because Mr. Whitford said. I wasn't sure at first but I didn't go."),
        ("S1512", "Collaboration", D, "I did my part of the bridge poster and I let Hattie tell me where to put it."),
        ("S1512", "Self-Awareness", D, "I know I get grumpy when I'm hungry, Ms. V says, so I eat my snack before math now."),
    ])

doc(name="self-assessment.pdf", teacher="T1503", fmt="pdf", created="2026-05-27T10:00:00",
    entry_type="reflection_journal", entry_date="2026-05-27",
    rows=[("S1509", "self-assessment; signed 'Roz Hart'")],
    blocks=[
        ("h", "Spring Self-Assessment"),
        ("p", "Name: Roz Hart   Grade 8   Date: May 27, 2026"),
        ("table", [["Skill", "Rating"], ["Global Awareness", "4"], ["Organization", "4"], ["Creativity", "3"]]),
        ("p", "Evidence:"),
        ("p", "I researched how other island towns manage summer-home housing, wrote to a housing group in Maine, and I'm presenting a proposal for worker housing at the June town meeting."),
        ("p", "I made a shared drive system for the rowing crew with folders for schedules, waivers and drills, and I taught the new captain how to keep it up."),
        ("p", "Our first housing poster was boring, so after feedback from Ms. V I redid it as a map where you lift flaps to see the rents."),
        ("p", "I plan rowing, math club and the town meeting proposal on one calendar with backup dates for each, because the ferry always breaks down in spring."),
    ],
    labels=[
        ("S1509", "Global Awareness", A, "I researched how other island towns manage summer-home housing, wrote to a housing group in Maine, and I'm presenting a proposal for worker housing at the June town meeting."),
        ("S1509", "Organization", A, "I made a shared drive system for the rowing crew with folders for schedules, waivers and drills, and I taught the new captain how to keep it up."),
        ("S1509", "Creativity & Innovation", P, "Our first housing poster was boring, so after feedback from Ms. V I redid it as a map where you lift flaps to see the rents."),
        ("S1509", "Planning & Prioritization", A, "I plan rowing, math club and the town meeting proposal on one calendar with backup dates for each, because the ferry always breaks down in spring."),
    ])

# ---------------------------------------------------------------- T1504 (outdoor/expedition advisory, Mr. Whitford)

doc(name="expedition log.docx", teacher="T1504", fmt="docx", created="2025-09-16T20:00:00",
    entry_type="reflection_journal", entry_date="2025-09-16",
    rows=[("S1515", "expedition journal; date given as 'first day of the fall expedition, Sept 16'")],
    blocks=[
        ("h", "Expedition Log"),
        ("p", "Ines V. - first day of the fall expedition (Sept 16)"),
        ("p", "When it started raining I sat down on the trail and said I wasn't going any further, and Mr. Whitford had to stay with me for a long time."),
        ("p", "I forgot my rain pants and my water bottle even though they were on the list."),
        ("p", "We were supposed to camp at the meadow but it was flooded and I got really upset because that wasn't the plan and I didn't want the other spot."),
        ("p", "For the camp flag I traced the same heron Lu drew last year because I couldn't think of my own."),
        ("p", "Tomorrow we hike to the north shore."),
    ],
    labels=[
        ("S1515", "Self-Management", E, "When it started raining I sat down on the trail and said I wasn't going any further, and Mr. Whitford had to stay with me for a long time."),
        ("S1515", "Organization", E, "I forgot my rain pants and my water bottle even though they were on the list."),
        ("S1515", "Creativity & Innovation", E, "For the camp flag I traced the same heron Lu drew last year because I couldn't think of my own."),
        ("S1515", "Cognitive Flexibility", E, "We were supposed to camp at the meadow but it was flooded and I got really upset because that wasn't the plan and I didn't want the other spot."),
    ])

doc(name="crew debrief.vtt", teacher="T1504", fmt="vtt", created="2025-10-23T15:30:00",
    entry_type="group_discussion_transcript", entry_date="2025-10-23",
    rows=[("S1514", "speaker"), ("S1516", "speaker 'Toby'"), ("S1513", "speaker 'Lu'; Ines is talked about but absent")],
    blocks=[
        ("note", "Crew debrief after the Gull Point paddle, Thursday October 23 2025. Recorded on the boathouse iPad."),
        ("turn", "Mr. Whitford", "The wind came up at the point. Talk me through it."),
        ("turn", "Declan", "We should've turned back at the point, and I want us to write a turn-back rule before the spring trip, like a wind number, so nobody has to argue about it on the water."),
        ("turn", "Toby", "I just paddled ahead 'cause you guys were slow. I don't need a buddy, I'm the best paddler here."),
        ("turn", "Lu", "I could tell Ines was scared even though she said she was fine, her hands were shaking, so I stayed next to her boat."),
        ("turn", "Toby", "Ines was fine. She didn't say anything so she was fine."),
        ("turn", "Mr. Whitford", "Hold on to that, Toby. We'll come back to buddies."),
    ],
    labels=[
        ("S1514", "Responsible Decision-Making", A, "We should've turned back at the point, and I want us to write a turn-back rule before the spring trip, like a wind number, so nobody has to argue about it on the water."),
        ("S1516", "Collaboration", E, "I just paddled ahead 'cause you guys were slow. I don't need a buddy, I'm the best paddler here."),
        ("S1513", "Social Awareness", P, "I could tell Ines was scared even though she said she was fine, her hands were shaking, so I stayed next to her boat."),
        ("S1516", "Social Awareness", E, "Ines was fine. She didn't say anything so she was fine."),
    ])

doc(name="overnight trip.eml", teacher="T1504", fmt="eml", created="2025-11-17T06:50:00", opts={"qp": True},
    entry_type="parent_note", entry_date="2025-11-17",
    rows=[("S1514", "parent email (quoted-printable body); brother's words reported")],
    headers={"From": "Joanna Moss <jmoss@islandmail.net>", "To": "Callum Whitford <cwhitford@skerrysound.org>",
             "Subject": "Overnight trip - Declan", "Date": "Mon, 17 Nov 2025 06:50:00 -0800"},
    blocks=[
        ("p", "Hello Mr. Whitford,"),
        ("p", "Declan built his own packing list and schedule for the overnight, worked out when to charge the headlamp and when to buy the food, and had it done three days early."),
        ("p", "He's been using the weather app for the trips, but his dad still has to remind him to check the marine forecast and not just the town one."),
        ("p", "His brother says Declan is 'the calm one' when the power goes out in storms, and that he gets the lanterns going before anyone asks."),
        ("p", "See you at pick-up,\nJoanna"),
    ],
    labels=[
        ("S1514", "Planning & Prioritization", P, "Declan built his own packing list and schedule for the overnight, worked out when to charge the headlamp and when to buy the food, and had it done three days early."),
        ("S1514", "Digital Literacy", D, "He's been using the weather app for the trips, but his dad still has to remind him to check the marine forecast and not just the town one."),
        ("S1514", "Self-Management", P, "His brother says Declan is 'the calm one' when the power goes out in storms, and that he gets the lanterns going before anyone asks."),
    ])

doc(name="reflection.txt", teacher="T1504", fmt="txt", created="2025-12-16T14:00:00", opts={"crlf": True},
    entry_type="reflection_journal", entry_date="2025-12-16",
    rows=[("S1516", "journal signed 'Toby G.'")],
    blocks=[
        ("p", "Toby G."),
        ("p", "Dec 16 - rescue drills in the pool"),
        ("p", "Mr. Whitford made me paddle with Ines for the whole morning. I didn't like it at first but I waited for her at every bend and we did the rescue drill together."),
        ("p", "Mr. Whitford asked me how Ines felt when I left her behind in October and I said probably bad. I guess I didn't notice at the time."),
        ("p", "Everyone says I'm bossy but I think they're just jealous because I'm faster."),
        ("p", "I remembered the whole seven-step T-rescue without the card, and I did it in order."),
    ],
    labels=[
        ("S1516", "Collaboration", D, "Mr. Whitford made me paddle with Ines for the whole morning. I didn't like it at first but I waited for her at every bend and we did the rescue drill together."),
        ("S1516", "Social Awareness", D, "Mr. Whitford asked me how Ines felt when I left her behind in October and I said probably bad. I guess I didn't notice at the time."),
        ("S1516", "Self-Awareness", E, "Everyone says I'm bossy but I think they're just jealous because I'm faster."),
        ("S1516", "Working Memory", P, "I remembered the whole seven-step T-rescue without the card, and I did it in order."),
    ])

doc(name="Lu journal.md", teacher="T1504", fmt="md", created="2026-01-12T19:00:00",
    entry_type="reflection_journal", entry_date="2026-01-12",
    rows=[("S1513", "journal; 'Lu'; date written 'the 12th of January'")],
    blocks=[
        ("h", "Lu's journal"),
        ("p", "Monday, the 12th of January - seaweed farm day"),
        ("p", "The seaweed we grow at the farm is the same kind my tía sells in Chile, and warmer water is hurting both places, so it's not just our problem."),
        ("p", "I copied the seaweed-drying rack design from the video, and then I changed the hooks after Declan said they'd rust."),
        ("p", "Nobody asked me, but I started a compost bucket for the seaweed scraps at lunch, and now three kids from 6th grade take turns emptying it."),
    ],
    labels=[
        ("S1513", "Global Awareness", P, "The seaweed we grow at the farm is the same kind my tía sells in Chile, and warmer water is hurting both places, so it's not just our problem."),
        ("S1513", "Creativity & Innovation", D, "I copied the seaweed-drying rack design from the video, and then I changed the hooks after Declan said they'd rust."),
        ("S1513", "Task Initiation", A, "Nobody asked me, but I started a compost bucket for the seaweed scraps at lunch, and now three kids from 6th grade take turns emptying it."),
    ])

doc(name="storm week observations.pdf", teacher="T1504", fmt="pdf", created="2026-02-13T17:00:00",
    entry_type="teacher_observation_note", entry_date="2026-02-09",
    rows=[("S1515", "observation"), ("S1516", "observation 'Toby'"), ("S1514", "observation")],
    blocks=[
        ("h", "Winter Storm Week - Observations"),
        ("p", "Week of February 9, 2026 - snow shelters and camp stoves"),
        ("p", "When the snow-shelter wall collapsed, Ines started to cry but, after I reminded her of her 'three breaths' card, she rejoined the build."),
        ("p", "Ines followed the four-step stove safety routine while reading off the laminated card."),
        ("p", "Toby interrupted the group twice but, when reminded, listened to the group's plan and agreed to try it."),
        ("p", "Declan taught the sixth graders how to lash the shelter poles, then stepped back and let them finish it themselves."),
    ],
    labels=[
        ("S1515", "Self-Management", D, "When the snow-shelter wall collapsed, Ines started to cry but, after I reminded her of her 'three breaths' card, she rejoined the build."),
        ("S1515", "Working Memory", D, "Ines followed the four-step stove safety routine while reading off the laminated card."),
        ("S1516", "Relationship Skills", D, "Toby interrupted the group twice but, when reminded, listened to the group's plan and agreed to try it."),
        ("S1514", "Relationship Skills", A, "Declan taught the sixth graders how to lash the shelter poles, then stepped back and let them finish it themselves."),
    ])

doc(name="Self Assessment - Spring.docx", teacher="T1504", fmt="docx", created="2026-03-19T13:45:00",
    entry_type="reflection_journal", entry_date="2026-03-19",
    rows=[("S1514", "self-assessment with rating table")],
    blocks=[
        ("h", "Outdoor Crew Self-Assessment - Spring"),
        ("table", [["Name", "Declan Moss"], ["Date", "March 19, 2026"], ["Self-Management", "3"], ["Digital Literacy", "3"], ["Critical Thinking", "3"]]),
        ("p", "When my GPS died on the orienteering course I didn't panic, I got out the map and compass and finished."),
        ("p", "I check the marine forecast and the tide tables myself now before every trip."),
        ("p", "I didn't just believe the trail sign that said two hours; I measured the route on the map and worked out it was closer to three with our group."),
    ],
    labels=[
        ("S1514", "Self-Management", P, "When my GPS died on the orienteering course I didn't panic, I got out the map and compass and finished."),
        ("S1514", "Digital Literacy", P, "I check the marine forecast and the tide tables myself now before every trip."),
        ("S1514", "Critical Thinking", P, "I didn't just believe the trail sign that said two hours; I measured the route on the map and worked out it was closer to three with our group."),
    ])

doc(name="feedback form.md", teacher="T1504", fmt="md", created="2026-04-09T12:00:00",
    entry_type="peer_feedback", entry_date="2026-04-09",
    rows=[("S1515", "subject of the feedback"), ("S1513", "wrote the feedback ('Lu O.')")],
    blocks=[
        ("h", "Peer feedback - skills demo"),
        ("p", "From: Lu O.  \nFor: Ines V.  \nDemo: fire-building for the kindergarten  \nDate: 4/9/26"),
        ("h", "Glow"),
        ("p", "Ines explained fire-building to the kindergartners with a story about the fire needing a sandwich (tinder, kindling, fuel), and they all remembered it."),
        ("p", "When the first match blew out in the wind she didn't get upset at all; she just turned her back to the wind and tried again."),
        ("h", "Grow"),
        ("p", "Bring more matches."),
    ],
    labels=[
        ("S1515", "Communication", P, "Ines explained fire-building to the kindergartners with a story about the fire needing a sandwich (tinder, kindling, fuel), and they all remembered it."),
        ("S1515", "Self-Management", P, "When the first match blew out in the wind she didn't get upset at all; she just turned her back to the wind and tried again."),
    ])

doc(name="quick note from home.eml", teacher="T1504", fmt="eml", created="2026-04-27T08:15:00",
    entry_type="parent_note", entry_date="2026-04-27",
    rows=[("S1516", "parent email; full name Tobiah")],
    headers={"From": "Dana Greer <dana.greer@islandmail.net>", "To": "Callum Whitford <cwhitford@skerrysound.org>",
             "Subject": "quick note from home", "Date": "Mon, 27 Apr 2026 08:15:00 -0700"},
    blocks=[
        ("p", "Hi Callum,"),
        ("p", "Tobiah told us, after some back and forth, that he 'gets bossy when he's worried the group will be slow', which is the first time he's admitted any of it."),
        ("p", "He's still grabbing the controller from his little sister mid-game and can't put his phone down at dinner, even when we ask."),
        ("p", "Last weekend he stormed out of his cousin's birthday because they wouldn't play his way."),
        ("p", "Is he like this on the trips? Dana"),
    ],
    labels=[
        ("S1516", "Self-Awareness", D, "Tobiah told us, after some back and forth, that he 'gets bossy when he's worried the group will be slow', which is the first time he's admitted any of it."),
        ("S1516", "Inhibitory Control", E, "He's still grabbing the controller from his little sister mid-game and can't put his phone down at dinner, even when we ask."),
        ("S1516", "Relationship Skills", E, "Last weekend he stormed out of his cousin's birthday because they wouldn't play his way."),
    ])

doc(name="spring trip presentation.srt", teacher="T1504", fmt="srt", created="2026-05-21T18:30:00",
    entry_type="project_presentation_transcript", entry_date="2026-05-21",
    rows=[("S1514", "presenter"), ("S1513", "presenter 'Lu'"), ("S1516", "presenter 'Toby'; Hattie (T1503) asks a question and gets no row")],
    blocks=[
        ("note", "[Spring expedition plan - family night presentation - May 21, 2026]"),
        ("turn", "Lu", "We have three plans. Plan A is the outer islands. If the wind's over fifteen knots we do Plan B in the sound, and Plan C is the day hikes, and each plan has its own food list so we don't have to repack."),
        ("turn", "Toby", "Lu had the better route, so we used hers, and I added the rest stops because I know where the beaches are."),
        ("turn", "Declan", "I know some of you parents are nervous about the crossing. I was too, last year. So let me show you exactly what we do if someone capsizes, and then you can ask us anything."),
        ("turn", "Mr. Whitford", "Questions from families? Or from the eighth graders in the back?"),
        ("turn", "Hattie", "What happens if the ferry back is cancelled? Do you have a Plan D?"),
        ("turn", "Lu", "Then we stay at the Gull Point hut, it's booked for both nights just in case."),
    ],
    labels=[
        ("S1513", "Planning & Prioritization", A, "We have three plans. Plan A is the outer islands. If the wind's over fifteen knots we do Plan B in the sound, and Plan C is the day hikes, and each plan has its own food list so we don't have to repack."),
        ("S1516", "Collaboration", P, "Lu had the better route, so we used hers, and I added the rest stops because I know where the beaches are."),
        ("S1514", "Communication", A, "I know some of you parents are nervous about the crossing. I was too, last year. So let me show you exactly what we do if someone capsizes, and then you can ask us anything."),
    ])

doc(name="Untitled document.docx", teacher="T1504", fmt="docx", created="2026-05-29T15:00:00",
    entry_type="teacher_observation_note", entry_date="2026-05-29",
    rows=[("S1515", "observation; no date in the text, date from document properties (created 2026-05-29)")],
    blocks=[
        ("p", "Ines - end of year trip"),
        ("p", "Ines packed her own dry bag from the list, checked it off, and was the only sixth grader who had everything on the dock."),
        ("p", "During the long safety briefing Ines drifted to the rock pools twice and came back when I said her name."),
        ("p", "When the ferry was cancelled and the trip moved to the island's north shore, Ines suggested using the change to finally survey the north-side tide pools and sketched a new plan for her group."),
    ],
    labels=[
        ("S1515", "Organization", P, "Ines packed her own dry bag from the list, checked it off, and was the only sixth grader who had everything on the dock."),
        ("S1515", "Inhibitory Control", D, "During the long safety briefing Ines drifted to the rock pools twice and came back when I said her name."),
        ("S1515", "Cognitive Flexibility", A, "When the ferry was cancelled and the trip moved to the island's north shore, Ines suggested using the change to finally survey the north-side tide pools and sketched a new plan for her group."),
    ])
