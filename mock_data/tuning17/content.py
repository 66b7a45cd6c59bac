# -*- coding: utf-8 -*-
"""All text of the Cedar Hollow Community Middle School evaluation set (fictional)."""

SCHOOL = "Cedar Hollow Community Middle School"

TEACHERS = [
    # id, name, email, slack_user_id
    ("T1801", "Dana Whitcomb", "dwhitcomb@cedarhollow-ms.example.org", "U0CH1801DW"),
    ("T1802", "Luis Okafor", "lokafor@cedarhollow-ms.example.org", "U0CH1802LO"),
    ("T1803", "Peggy Lindqvist", "plindqvist@cedarhollow-ms.example.org", "U0CH1803PL"),
    ("T1804", "Ray Dunmore", "rdunmore@cedarhollow-ms.example.org", "U0CH1804RD"),
]

STUDENTS = [
    # id, name, grade, teacher_id, nickname
    ("S1801", "Hannah Brightwater", 6, "T1801", ""),
    ("S1802", "Micah Tolliver", 6, "T1801", "Mick"),
    ("S1803", "Josefina Ruiz", 7, "T1801", "Josie"),
    ("S1804", "Caleb Ferris", 8, "T1801", ""),
    ("S1805", "Wren Abernathy", 7, "T1802", ""),
    ("S1806", "Tobias Greer", 7, "T1802", "Toby"),
    ("S1807", "Hannah Kessler", 7, "T1802", ""),
    ("S1808", "Dakota Pell", 8, "T1802", "Kody"),
    ("S1809", "Eli Marchetti", 8, "T1803", ""),
    ("S1810", "Ruby Sandoval", 8, "T1803", ""),
    ("S1811", "Amos Yoder", 6, "T1803", ""),
    ("S1812", "Priya Nandakumar", 7, "T1803", ""),
    ("S1813", "Colt Haverty", 6, "T1804", ""),
    ("S1814", "Marisol Vega", 7, "T1804", "Mari"),
    ("S1815", "Jonah Whitfield", 8, "T1804", ""),
    ("S1816", "Caleb Ostrowski", 7, "T1804", "Cal"),
]

# Each document: file, teacher, kind, body fields, truth rows, labels.
# truth: (student_id, entry_type, entry_date, notes)
# labels: (student_id, skill, level, quote)
DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- T1801 Whitcomb (ELA, The Hollow Holler newspaper)

doc(file="Exit ticket.docx", teacher="T1801", kind="docx",
    core=dict(title="Exit ticket", author="Dana Whitcomb", created="2025-09-12T15:10:00"),
    blocks=[
        ("h1", "ELA 6 - Exit Ticket"),
        ("p", "Fri 9/12   Name: Hannah Brightwater   Advisory: Sycamore"),
        ("table", [["Question", "Answer"],
                   ["1. How did today's group read-aloud go for you?",
                    "Bad. I got mad and slammed my book. I don't know why I got mad, it was Jaylen's fault for reading my part."],
                   ["2. What will you try next time?",
                    "I dont know. Maybe just not be in that group."],
                   ["3. Did you start the quick-write when the timer started?",
                    "No I waited until Ms. W came over because I didn't get what to write."]]),
        ("p", "Teacher note: talk to Hannah at lunch. Try the pause card."),
    ],
    truth=[("S1801", "reflection_journal", "2025-09-12", "exit ticket, self-reported frustration")],
    labels=[
        ("S1801", "Self-Awareness", "Emerging", "I don't know why I got mad, it was Jaylen's fault for reading my part."),
        ("S1801", "Self-Management", "Emerging", "Bad. I got mad and slammed my book."),
        ("S1801", "Task Initiation", "Emerging", "No I waited until Ms. W came over because I didn't get what to write."),
        ("S1801", "Relationship Skills", "Emerging", "Maybe just not be in that group."),
    ])

doc(file="newspaper pitch meeting 9-22.txt", teacher="T1801", kind="text",
    text="""Hollow Holler pitch meeting - Mon 9/22 - library back table
(typed from my phone recording, DW)

[00:00:05] Ms. Whitcomb: Okay editors, first issue goes out wk of Oct 13. Pitches. Who's got one?
[00:00:11] Caleb: I do. The bus route change. Half the kids on the Ridge Road bus get to school late now and nobody has asked the drivers why.
[00:00:24] Micah: Ooh, can I do sports? I want to do sports. And the cafeteria. And the--
[00:00:27] Ms. Whitcomb: One at a time, Micah. Let Caleb finish.
[00:00:30] Caleb: So my plan is I talk to two drivers and the transportation office, and I check the old schedule against the new one before I write anything. I don't want to print a rumor.
[00:00:46] Josie: Could we put a map with it? Like showing the old route and the new one. I can draw it.
[00:00:52] Caleb: Yeah, that's actually better than what I had. A map would show it faster than my paragraph.
[00:01:03] Hannah: I don't have a pitch. Everybody already took the good ones.
[00:01:08] Ms. Whitcomb: What about the garden? Mr. Okafor's class is harvesting next week.
[00:01:12] Hannah: I guess. I don't really know how to start one.
[00:01:20] Micah: Sports! Sorry. I wasn't done. I want the cross-country meet. Oh wait I left my notebook in the bus. I'll remember it though.
[00:01:31] Josie: Hannah, you could shadow me on the map thing and then do the garden one after, if you want. You don't have to do it alone.
[00:01:38] Hannah: ...okay. Yeah.
[00:01:44] Caleb: I'll make a sign-up sheet so nobody double-books a story.
[00:01:50] Ms. Whitcomb: Great. Deadlines on the board. Micah, write yours down.
[00:01:53] Micah: I'll remember.

--
Skills observed: Collaboration: Developing (Josie), Planning: Proficient (Caleb)
Follow-up: Micah again without notebook. Hannah quiet - check in.
""",
    truth=[("S1804", "group_discussion_transcript", "2025-09-22", "pitch meeting, Caleb F pitches"),
           ("S1802", "group_discussion_transcript", "2025-09-22", "pitch meeting"),
           ("S1803", "group_discussion_transcript", "2025-09-22", "pitch meeting"),
           ("S1801", "group_discussion_transcript", "2025-09-22", "pitch meeting")],
    labels=[
        ("S1804", "Critical Thinking", "Proficient", "I check the old schedule against the new one before I write anything. I don't want to print a rumor."),
        ("S1804", "Planning & Prioritization", "Proficient", "So my plan is I talk to two drivers and the transportation office, and I check the old schedule against the new one before I write anything."),
        ("S1804", "Collaboration", "Proficient", "Yeah, that's actually better than what I had. A map would show it faster than my paragraph."),
        ("S1802", "Inhibitory Control", "Emerging", "Sports! Sorry. I wasn't done."),
        ("S1802", "Organization", "Emerging", "Oh wait I left my notebook in the bus. I'll remember it though."),
        ("S1803", "Creativity & Innovation", "Developing", "Could we put a map with it? Like showing the old route and the new one. I can draw it."),
        ("S1803", "Social Awareness", "Proficient", "Hannah, you could shadow me on the map thing and then do the garden one after, if you want. You don't have to do it alone."),
        ("S1801", "Task Initiation", "Emerging", "I guess. I don't really know how to start one."),
        ("S1804", "Organization", "Proficient", "I'll make a sign-up sheet so nobody double-books a story."),
    ])

doc(file="Josie journal oct.md", teacher="T1801", kind="text",
    text="""# Reading/Writing Journal

**Student:** Josie R.
**Class:** ELA 7, period 3
**Date:** Thu 10/9
**Prompt set by:** Ms. Whitcomb

**Ms. W:** How did the first issue deadline go? Be honest.

It went kind of bad for the map. I started the map on the last night because I thought it would only take an hour and it took three. My sister Lupe always says I plan like a squirrel, which means I hide stuff everywhere and forget where. I don't think that's totally true but it was true this week.

**Ms. W:** What would you change for issue two?

I made a list of the steps this time: get the old route from the office, trace it, check with Caleb, color it, scan it. I put dates next to each one. I think I can do it if I look at the list, but I already forgot to look at it yesterday.

**Ms. W:** How did it feel working with Hannah?

Good. She was nervous at first and kept saying her ideas were dumb. I noticed she talks more when it's just two of us, so I stopped asking her stuff in front of the whole group.

**Ms. W:** Nice noticing. Keep it up.
""",
    truth=[("S1803", "reflection_journal", "2025-10-09", "journal with teacher prompts")],
    labels=[
        ("S1803", "Planning & Prioritization", "Emerging", "I started the map on the last night because I thought it would only take an hour and it took three."),
        ("S1803", "Planning & Prioritization", "Developing", "I think I can do it if I look at the list, but I already forgot to look at it yesterday."),
        ("S1803", "Social Awareness", "Proficient", "I noticed she talks more when it's just two of us, so I stopped asking her stuff in front of the whole group."),
        ("S1803", "Self-Awareness", "Developing", "I don't think that's totally true but it was true this week."),
    ])

doc(file="Re_ Micah and the newspaper deadlines.eml", teacher="T1801", kind="eml",
    headers={"From": "Sherry Tolliver <sherry.tolliver@example.net>",
             "To": "Dana Whitcomb <dwhitcomb@cedarhollow-ms.example.org>",
             "Subject": "Re: Micah and the newspaper deadlines",
             "Date": "Wed, 15 Oct 2025 19:42:10 -0500",
             "Message-ID": "<ct-1015-micah@example.net>"},
    body="""Hi Ms. Whitcomb,

Thanks for the note about the sports article. I'm not surprised, honestly. He told me "I'm just bad at deadlines, Mom, it's how my brain is." I told him that's not a reason, it's an excuse.

Here is what I'm seeing at home though. This week Micah started writing his assignments on the big calendar on the fridge without me asking, and he put a sticky note on his backpack that says NOTEBOOK. He still forgot his cleats on Tuesday, so it's not magic. But he did sit down Sunday and start the article before supper, which he would never have done in September.

Is there anything we can do at home to back up what you're doing in class?

Sherry Tolliver

On Tue, Oct 14, 2025 at 3:30 PM Dana Whitcomb wrote:
> Hi Sherry, just a heads-up that Micah's cross-country piece came in two days late. He has great energy in meetings. Let's find a system together. - Dana
""",
    truth=[("S1802", "parent_note", "2025-10-15", "mother's email reply")],
    labels=[
        ("S1802", "Organization", "Developing", "This week Micah started writing his assignments on the big calendar on the fridge without me asking, and he put a sticky note on his backpack that says NOTEBOOK. He still forgot his cleats on Tuesday, so it's not magic."),
        ("S1802", "Task Initiation", "Developing", "But he did sit down Sunday and start the article before supper, which he would never have done in September."),
    ])

doc(file="caleb f obs.txt", teacher="T1801", kind="text",
    text="""Observation - Tue 10/28 - Holler layout day, computer lab
Caleb Ferris (gr 8, copy editor)

Caleb got to the lab early and had the layout file open and the photo folder sorted before anyone arrived. When the shared drive threw a permissions error, he did not wait for me - he figured out the folder had been shared "view only," fixed the setting, and then showed two 6th graders how to check sharing themselves so it would not happen to them again.

Later a 6th grader wanted to use a photo she found online of the county fair. Caleb asked her where it came from, did a reverse image search with her, and found it was from a newspaper's site. He explained why we couldn't just use it and helped her write an email to the photographer asking permission. I did not prompt any of this.

He was a little short with Micah when Micah kept asking about fonts, but apologized on his own after.

Next: ask Caleb if he'd run a 10-minute "how we use images" mini lesson for the new staffers.
""",
    truth=[("S1804", "teacher_observation_note", "2025-10-28", "layout day observation"),
           ],
    labels=[
        ("S1804", "Digital Literacy", "Advanced", "he figured out the folder had been shared \"view only,\" fixed the setting, and then showed two 6th graders how to check sharing themselves so it would not happen to them again."),
        ("S1804", "Digital Literacy", "Advanced", "Caleb asked her where it came from, did a reverse image search with her, and found it was from a newspaper's site."),
        ("S1804", "Organization", "Proficient", "Caleb got to the lab early and had the layout file open and the photo folder sorted before anyone arrived."),
        ("S1804", "Responsible Decision-Making", "Proficient", "He explained why we couldn't just use it and helped her write an email to the photographer asking permission."),
        ("S1804", "Relationship Skills", "Developing", "He was a little short with Micah when Micah kept asking about fonts, but apologized on his own after."),
    ])

doc(file="Peer review - layout draft.pdf", teacher="T1801", kind="pdf",
    meta=dict(title="Peer review - layout draft", author="Dana Whitcomb", created="2025-11-05T10:00:00"),
    blocks=[
        ("h", "Hollow Holler - Peer Review Form"),
        ("p", "Reviewer: Hannah Brightwater     Page reviewed: p. 3 (Josie Ruiz - bus route map)     Date: 11/5/25"),
        ("h2", "One thing that works"),
        ("p", "The colors are really clear. I could tell the old route from the new route without reading the key. I live on Ridge Road and I found my stop in like two seconds."),
        ("h2", "One thing to fix"),
        ("p", "The little words on the side are hard to read. Maybe make them bigger? I know you worked really hard on it so I don't want to be mean, it's just a small thing."),
        ("h2", "A question for the author"),
        ("p", "Did you ask the bus drivers if the map is right? My uncle drives bus 4 and he could check it."),
        ("p", "Teacher check: complete / specific / kind  -  yes / yes / yes"),
    ],
    truth=[("S1801", "peer_feedback", "2025-11-05", "Hannah B reviewer"),
           ("S1803", "peer_feedback", "2025-11-05", "Josie's map is reviewed")],
    labels=[
        ("S1801", "Communication", "Developing", "The little words on the side are hard to read. Maybe make them bigger?"),
        ("S1801", "Social Awareness", "Developing", "I know you worked really hard on it so I don't want to be mean, it's just a small thing."),
        ("S1801", "Critical Thinking", "Developing", "Did you ask the bus drivers if the map is right? My uncle drives bus 4 and he could check it."),
    ])

doc(file="interview practice.srt", teacher="T1801", kind="text",
    text="""1
00:00:00,000 --> 00:00:01,900
Ms. Whitcomb: Tuesday 11/18, interview practice, recorder on.

2
00:00:02,000 --> 00:00:09,500
Caleb: Okay, so pretend I'm the cafeteria manager. Ask me your first question.

3
00:00:10,100 --> 00:00:14,000
Micah: Why is the pizza so bad?

4
00:00:14,600 --> 00:00:26,300
Caleb: Ha. Okay, so if you ask it like that she's going to get defensive and tell you nothing. Try asking how they pick the menu. Then the pizza thing comes out on its own.

5
00:00:27,000 --> 00:00:33,800
Micah: How do you pick what goes on the menu? Wait, I have to write that down first. Where's my question list?

6
00:00:34,200 --> 00:00:39,000
Caleb: Front pocket of your binder, you put it there at the start.

7
00:00:39,500 --> 00:00:47,200
Micah: Oh yeah. Okay. Number two, do you ever use food from the school garden? Because Mr. Okafor's class grew like a hundred squash.

8
00:00:47,800 --> 00:00:55,000
Caleb: That's a good one, that's a real story. Follow up on it if she says yes.

9
00:00:55,600 --> 00:01:04,900
Ms. Whitcomb: Nice work, both of you. Micah, what did Caleb do to help you reword the first one?

10
00:01:05,400 --> 00:01:14,800
Micah: He said people get defensive. So I should ask about how it works first, and then the hard question. I think I'd get more answers that way.

11
00:01:15,300 --> 00:01:22,000
Jonah: Sorry, Mr. Dunmore sent me for the extra recorder. Is this one free?

12
00:01:22,500 --> 00:01:25,000
Ms. Whitcomb: Top shelf, Jonah. Thanks.
""",
    truth=[("S1804", "peer_tutoring_transcript", "2025-11-18", "Caleb F tutors Micah on interviewing"),
           ("S1802", "peer_tutoring_transcript", "2025-11-18", "tutee")],
    labels=[
        ("S1804", "Relationship Skills", "Advanced", "Ha. Okay, so if you ask it like that she's going to get defensive and tell you nothing. Try asking how they pick the menu. Then the pizza thing comes out on its own."),
        ("S1802", "Working Memory", "Developing", "How do you pick what goes on the menu? Wait, I have to write that down first. Where's my question list?"),
        ("S1802", "Communication", "Developing", "He said people get defensive. So I should ask about how it works first, and then the hard question. I think I'd get more answers that way."),
        ("S1802", "Creativity & Innovation", "Developing", "Number two, do you ever use food from the school garden? Because Mr. Okafor's class grew like a hundred squash."),
    ])

doc(file="Hannah B - conference notes Jan.docx", teacher="T1801", kind="docx",
    core=dict(title="Conference notes - Hannah B.", author="Dana Whitcomb", created="2026-01-14T16:20:00"),
    blocks=[
        ("h1", "Student-Teacher Conference"),
        ("p", "Wed 1/14 - Hannah Brightwater (gr 6) - with Ms. Whitcomb, mom joined by phone for last 10 min"),
        ("h2", "Where she was in September"),
        ("p", "Shut down in groups, blamed others, rarely started writing without me next to her."),
        ("h2", "What I see now"),
        ("p", "Hannah uses the pause card on her own now. Twice this month I saw her take it out, step to the reading corner for a minute, and come back to the group without anyone telling her to."),
        ("p", "She told me: \"When my face gets hot I know I'm about to get mad, so that's when I go to the corner. It's usually because I think people aren't listening to me.\""),
        ("p", "She pitched the garden harvest story herself and had her interview questions drafted before the meeting started. Still needs a nudge to revise - she tends to call the first draft done."),
        ("table", [["Area", "Sept", "Jan"],
                   ["Starting work", "needs me there", "starts on her own most days"],
                   ["Frustration", "slams book, leaves group", "pause card, returns"],
                   ["Revising", "-", "needs prompting"]]),
        ("h2", "Goals to March"),
        ("bullet", "Hannah's goal (her words): \"Get one revision done before Ms. W asks for it.\""),
        ("bullet", "Mom will ask about the revision checklist on Sundays."),
    ],
    truth=[("S1801", "teacher_observation_note", "2026-01-14", "conference notes, mom by phone")],
    labels=[
        ("S1801", "Self-Management", "Proficient", "Hannah uses the pause card on her own now. Twice this month I saw her take it out, step to the reading corner for a minute, and come back to the group without anyone telling her to."),
        ("S1801", "Self-Awareness", "Proficient", "When my face gets hot I know I'm about to get mad, so that's when I go to the corner. It's usually because I think people aren't listening to me."),
        ("S1801", "Task Initiation", "Proficient", "She pitched the garden harvest story herself and had her interview questions drafted before the meeting started."),
        ("S1801", "Self-Awareness", "Advanced", "Get one revision done before Ms. W asks for it."),
    ])

doc(file="Feb exit slips.txt", teacher="T1801", kind="text",
    text="""EXIT SLIPS - ELA - Fri 2/6
prompt on board: "One thing you did better this week, one thing still hard."

--- Mick T. (6th)
Better: I need fewer reminders now to start my article. I started the cafeteria follow-up on Monday in study hall and nobody told me to.
Still hard: Keeping track of which quotes are from who. I mixed up the cook and the manager and had to call back.

--- Josefina R. (7th)
Better: I used my dated step list for the whole issue and I was done a day early. I even moved the scanning up because the scanner was broken last time and I didn't want that to happen again.
Still hard: When Caleb changes the layout at the last minute I get kind of frozen and annoyed. I did end up redrawing the map smaller though, and it actually fit better.

(DW: Josie - love that you planned around the scanner!)
""",
    truth=[("S1802", "reflection_journal", "2026-02-06", "exit slip, nickname Mick"),
           ("S1803", "reflection_journal", "2026-02-06", "exit slip")],
    labels=[
        ("S1802", "Task Initiation", "Proficient", "I need fewer reminders now to start my article. I started the cafeteria follow-up on Monday in study hall and nobody told me to."),
        ("S1802", "Working Memory", "Emerging", "Keeping track of which quotes are from who. I mixed up the cook and the manager and had to call back."),
        ("S1803", "Planning & Prioritization", "Advanced", "I even moved the scanning up because the scanner was broken last time and I didn't want that to happen again."),
        ("S1803", "Planning & Prioritization", "Proficient", "I used my dated step list for the whole issue and I was done a day early."),
        ("S1803", "Cognitive Flexibility", "Developing", "When Caleb changes the layout at the last minute I get kind of frozen and annoyed. I did end up redrawing the map smaller though, and it actually fit better."),
    ])

doc(file="scan 3.pdf", teacher="T1801", kind="pdf",
    meta=dict(title="scan 3", author="HP ScanJet", created="2026-03-10T08:05:00"),
    blocks=[
        ("h", "EXIT TICKET - ELA"),
        ("p", "Name: ________ (smudged)      Date: 3/?"),
        ("p", "What is one source you used for your article and how do you know it's reliable?"),
        ("p", "I used the county extension website because it is a .gov and my grandpa says they know about soil. I also asked Mr. Okafor."),
        ("p", "What will you finish first tomorrow?"),
        ("p", "the quotes part"),
    ],
    truth=[("ASK", "", "", "name smudged on scanned exit ticket; could be any of T1801's writers")],
    labels=[])

doc(file="Micah - spring reflection.md", teacher="T1801", kind="text",
    text="""## Spring Reflection - Hollow Holler Staff

**Name:** Micah Tolliver
**Date:** Tue 4/21
**Role:** Sports + Weather Corner

**1. What are you proudest of this year?**

I started the "Cedar Hollow Weather Corner" column on my own. Nobody assigned it. I noticed the farm kids always ask about frost dates, so I pitched it, and then I got two 6th graders, Lacey and Bo, to write for it too. I made them a checklist so they know what to do each week even when I'm at a meet.

**2. How do you plan an issue now?**

I work backwards from the print date. Weather Corner is due Thursday, so I check the forecast Monday, write Tuesday, and leave Wednesday as a backup day in case the NWS site is down or I have a meet. I keep everything in one folder with the dates on the front.

**3. What's still hard?**

I still talk over people when I'm excited. I'm better than fall, but I catch myself after, not before.

**Ms. Whitcomb's comment:** Micah, this column is a real contribution. Keep working on letting others finish.
""",
    truth=[("S1802", "reflection_journal", "2026-04-21", "spring reflection; growth")],
    labels=[
        ("S1802", "Task Initiation", "Advanced", "I started the \"Cedar Hollow Weather Corner\" column on my own. Nobody assigned it."),
        ("S1802", "Organization", "Advanced", "I made them a checklist so they know what to do each week even when I'm at a meet."),
        ("S1802", "Planning & Prioritization", "Advanced", "leave Wednesday as a backup day in case the NWS site is down or I have a meet."),
        ("S1802", "Inhibitory Control", "Developing", "I still talk over people when I'm excited. I'm better than fall, but I catch myself after, not before."),
        ("S1802", "Social Awareness", "Proficient", "I noticed the farm kids always ask about frost dates, so I pitched it"),
    ])


# ---------------------------------------------------------------- T1802 Okafor (Science 7, farm-to-table garden)

doc(file="garden planning mtg.vtt", teacher="T1802", kind="text",
    text="""WEBVTT

NOTE Farm-to-table crew, fall bed planning. Wed 9/3, greenhouse.

00:00:01.000 --> 00:00:07.000
<v Mr. Okafor>We've got four raised beds and about eight weeks before first frost. What do we plant?

00:00:08.000 --> 00:00:19.000
<v Dakota>Radishes are like 25 days, lettuce around 45. Spinach is fine with cold. If we do radishes first we can get two rounds in bed one before frost.

00:00:20.000 --> 00:00:24.000
<v Toby>Pumpkins! We should do pumpkins, they're the biggest!

00:00:25.000 --> 00:00:33.000
<v Wren>Pumpkins take way too long, Toby, they'd freeze. But maybe we could save the pumpkin idea for spring, like for the fall festival next year?

00:00:34.000 --> 00:00:41.000
<v Eli>Mrs. Lindqvist said the newspaper wants a photo of whatever we plant. Sorry, I'm just passing that on.

00:00:42.000 --> 00:00:46.000
<v Toby>Fine. Whatever. Radishes are boring.

00:00:47.000 --> 00:00:58.000
<v Wren>What if you're in charge of the radish race? Like, we time which bed comes up first. That's kind of a competition.

00:00:59.000 --> 00:01:03.000
<v Toby>...okay that's actually fun.

00:01:04.000 --> 00:01:15.000
<v Dakota>I'll write up the planting calendar tonight. Bed one radish then radish, bed two lettuce, bed three spinach, four is the cover crop for the soil test.

00:01:16.000 --> 00:01:20.000
<v Mr. Okafor>Good. Toby, can you repeat back what bed two is?

00:01:21.000 --> 00:01:23.000
<v Toby>Um. Radishes? No. I forget.

NOTE Observed: Dakota planning - Advanced?; Toby - redirect needed x3.
""",
    truth=[("S1808", "group_discussion_transcript", "2025-09-03", "bed planning"),
           ("S1806", "group_discussion_transcript", "2025-09-03", "bed planning"),
           ("S1805", "group_discussion_transcript", "2025-09-03", "bed planning; Eli is T1803's, no row")],
    labels=[
        ("S1808", "Planning & Prioritization", "Proficient", "If we do radishes first we can get two rounds in bed one before frost."),
        ("S1808", "Task Initiation", "Proficient", "I'll write up the planting calendar tonight."),
        ("S1806", "Inhibitory Control", "Emerging", "Pumpkins! We should do pumpkins, they're the biggest!"),
        ("S1806", "Cognitive Flexibility", "Emerging", "Fine. Whatever. Radishes are boring."),
        ("S1806", "Working Memory", "Emerging", "Um. Radishes? No. I forget."),
        ("S1805", "Relationship Skills", "Proficient", "What if you're in charge of the radish race? Like, we time which bed comes up first. That's kind of a competition."),
        ("S1805", "Cognitive Flexibility", "Proficient", "But maybe we could save the pumpkin idea for spring, like for the fall festival next year?"),
    ])

doc(file="Toby obs 9-10.txt", teacher="T1802", kind="text",
    text="""obs - Toby G. - Wed 9/10 - soil pH lab

- Did NOT wait for instructions to finish, grabbed the test strips early, dipped two before we'd talked about controls. Had to redo.
- Lost step 3 (rinse between samples) both times. Had the direction card at his station.
- When Hannah K. asked him to wait his turn he said "you're not the boss of the strips" - escalated, I moved him.
- Positive: very curious. Asked "why does the blueberry bed need to be sour" - good question, he just couldn't wait to ask it.

plan: picture checklist at station, partner with Wren?
""",
    truth=[("S1806", "teacher_observation_note", "2025-09-10", "pH lab; Hannah K mentioned, not subject")],
    labels=[
        ("S1806", "Inhibitory Control", "Emerging", "Did NOT wait for instructions to finish, grabbed the test strips early, dipped two before we'd talked about controls. Had to redo."),
        ("S1806", "Working Memory", "Emerging", "Lost step 3 (rinse between samples) both times. Had the direction card at his station."),
        ("S1806", "Relationship Skills", "Emerging", "When Hannah K. asked him to wait his turn he said \"you're not the boss of the strips\" - escalated, I moved him."),
    ])

doc(file="Wren conference.docx", teacher="T1802", kind="docx",
    core=dict(title="Wren conference", author="Luis Okafor", created="2025-10-02T12:40:00"),
    blocks=[
        ("h1", "Lab partner check-in conference"),
        ("p", "Thurs 10/2, lunch. Wren Abernathy + Toby Greer (lab partners since 9/15). Mr. Okafor."),
        ("h2", "Notes"),
        ("p", "I asked Wren how the partnership is going. Wren: \"It's better. I read the steps out loud and Toby does the hands part, and then we switch on the next lab so it's fair.\""),
        ("p", "Toby said: \"I still want to go fast. But when Wren reads it, I wait. I don't want to redo it again like the pH one.\""),
        ("p", "Wren also brought up that Toby gets quiet when the other group laughs at mistakes. She asked if we could have a \"mistake of the week\" on the board so everybody's mistakes are normal. Her idea, not mine."),
        ("p", "Toby has not needed to be moved since the partnership started. Not a single redo last week."),
        ("h2", "Next steps"),
        ("bullet", "Try Wren's mistake-of-the-week board."),
        ("bullet", "Toby leads the read-aloud next lab (with Wren backing up)."),
    ],
    truth=[("S1805", "teacher_observation_note", "2025-10-02", "conference, named for Wren"),
           ("S1806", "teacher_observation_note", "2025-10-02", "also in conference")],
    labels=[
        ("S1805", "Collaboration", "Proficient", "I read the steps out loud and Toby does the hands part, and then we switch on the next lab so it's fair."),
        ("S1805", "Social Awareness", "Advanced", "Wren also brought up that Toby gets quiet when the other group laughs at mistakes. She asked if we could have a \"mistake of the week\" on the board so everybody's mistakes are normal."),
        ("S1806", "Inhibitory Control", "Developing", "I still want to go fast. But when Wren reads it, I wait. I don't want to redo it again like the pH one."),
        ("S1806", "Self-Management", "Developing", "Toby has not needed to be moved since the partnership started. Not a single redo last week."),
    ])

doc(file="compost presentation.txt", teacher="T1802", kind="text",
    text="""compost presentation - 10/24 - period 5 (auto-transcribed, cleaned up a little)

Hi, I'm Hannah and my project is about the cafeteria compost. So, um, every day our cafeteria throws away about 40 pounds of food. I know because I weighed the bins for two weeks with the lunch ladies' scale. That's the first slide.

So my question was, can we compost it all in the garden? And at first I thought yes, easy. But then I read that you can't put meat or dairy in a regular pile because of rats and smell, and the county extension guide said the same thing, and also a website from a compost company said you can, but they sell a machine for it, so I don't really trust that one as much.

So my plan is we only take the fruit and vegetable scraps, which is about half. I made a sorting sign with pictures for the 6th graders because they don't always read the words.

Um. I was going to do a chart here but I ran out of time. Sorry. Questions?
""",
    truth=[("S1807", "project_presentation_transcript", "2025-10-24", "no speaker labels; Hannah = Hannah Kessler (T1802's only Hannah)")],
    labels=[
        ("S1807", "Critical Thinking", "Proficient", "and also a website from a compost company said you can, but they sell a machine for it, so I don't really trust that one as much."),
        ("S1807", "Social Awareness", "Developing", "I made a sorting sign with pictures for the 6th graders because they don't always read the words."),
        ("S1807", "Planning & Prioritization", "Developing", "I was going to do a chart here but I ran out of time."),
        ("S1807", "Communication", "Developing", "So, um, every day our cafeteria throws away about 40 pounds of food. I know because I weighed the bins for two weeks with the lunch ladies' scale."),
    ])

doc(file="Dakota peer tutoring 11-12.txt", teacher="T1802", kind="text",
    text="""Peer tutoring - seed starting ratios - Wed 11/12
Dakota (8th) with Toby (7th). Mr. Okafor checking in. Colt from Mr. Dunmore's advisory sat in.

[00:00:04] Dakota: So the bag says 3 parts peat to 1 part perlite. We have 2 cups of perlite. How much peat?
[00:00:12] Toby: Three cups?
[00:00:15] Dakota: Close. Draw it. One perlite box, three peat boxes. Now we have two perlite boxes.
[00:00:26] Toby: Oh. So six. Two times three.
[00:00:29] Dakota: Yep. You got it on your own once you drew it. Want to try the fertilizer one?
[00:00:34] Colt: Can I try? I don't get it either.
[00:00:36] Dakota: Sure, Colt, grab a marker. Toby, you explain it to Colt this time.
[00:00:40] Toby: Okay so you draw the boxes first. Don't do math yet. Draw it.
[00:00:52] Colt: That's too many boxes. I'm not doing this.
[00:00:55] Toby: You only need one row. I thought it was too many too.
[00:01:10] Mr. Okafor: Dakota, how did you decide to have Toby explain?
[00:01:14] Dakota: When you teach it you remember it. My sister did that with me for fractions. Plus Toby gets bored just listening.

Okafor note: Dakota - mentoring, strong. Toby - Working Memory: Developing. Colt not mine, tell Ray.
""",
    truth=[("S1808", "peer_tutoring_transcript", "2025-11-12", "tutor"),
           ("S1806", "peer_tutoring_transcript", "2025-11-12", "tutee; Colt is T1804's, no row")],
    labels=[
        ("S1808", "Relationship Skills", "Advanced", "Sure, Colt, grab a marker. Toby, you explain it to Colt this time."),
        ("S1808", "Communication", "Proficient", "Close. Draw it. One perlite box, three peat boxes. Now we have two perlite boxes."),
        ("S1808", "Social Awareness", "Proficient", "When you teach it you remember it. My sister did that with me for fractions. Plus Toby gets bored just listening."),
        ("S1806", "Working Memory", "Developing", "Oh. So six. Two times three."),
        ("S1806", "Relationship Skills", "Developing", "You only need one row. I thought it was too many too."),
    ])

doc(file="FW_ Wren - farm stand.eml", teacher="T1802", kind="eml",
    headers={"From": "Cedar Hollow Front Office <office@cedarhollow-ms.example.org>",
             "To": "Luis Okafor <lokafor@cedarhollow-ms.example.org>",
             "Subject": "FW: Wren - farm stand",
             "Date": "Mon, 24 Nov 2025 08:15:00 -0600",
             "Message-ID": "<ct-1124-fw-wren@cedarhollow-ms.example.org>"},
    body="""Luis - this came in on the general inbox Thursday, forwarding to you. -Barb

---------- Forwarded message ---------
From: June Abernathy <june.abernathy@example.net>
Date: Thu, Nov 20, 2025 at 6:02 PM
Subject: Wren - farm stand
To: office@cedarhollow-ms.example.org

Hello, please pass this to Wren's science teacher, Mr. Okafor.

I'm Wren's grandmother, she lives with me. I wanted to say that the farm stand project has really gotten into her. At supper she told me, "Grandma, if we price the squash too low, the Millers' stand down the road loses customers, and they have four kids." She went and asked Mr. Miller what he charges before the class set prices. I did not tell her to do that.

She has also been reading about how drought out west changes what the grocery store squash costs here, and she made a little poster about it for the stand. She wants the class to give the leftover squash to the food pantry in town instead of composting it.

She is not a child who usually talks about school, so I thought you should know.

June Abernathy
""",
    truth=[("S1805", "parent_note", "2025-11-20", "grandmother's email, forwarded by office 11/24; dated by original")],
    labels=[
        ("S1805", "Responsible Decision-Making", "Advanced", "She went and asked Mr. Miller what he charges before the class set prices. I did not tell her to do that."),
        ("S1805", "Global Awareness", "Advanced", "She wants the class to give the leftover squash to the food pantry in town instead of composting it."),
        ("S1805", "Global Awareness", "Proficient", "She has also been reading about how drought out west changes what the grocery store squash costs here, and she made a little poster about it for the stand."),
    ])

doc(file="hannah k journal.md", teacher="T1802", kind="text",
    text="""# Science Journal - Hannah Kessler

**Date:** Tue 12/9
**Unit:** Decomposers

*Mr. O's question: What did you learn about working in your compost group this month?*

I'm not saying I'm good at group work yet. I still do most of it myself because then I know it's done right. But this time I let Dakota do the temperature log and he did it better than I would have, he made a graph every day.

*Mr. O's question: Why do you think you take over?*

I think because I get nervous when it's my grade on someone else's work. My mom says I'm a control freak, which is kind of mean but maybe a little true. When I'm nervous I talk faster and I start bossing.

*Mr. O's question: One goal for January?*

Ask everyone what part they want before I assign parts.

*Mr. O: Great self-reflection, Hannah. -LO*
""",
    truth=[("S1807", "reflection_journal", "2025-12-09", "journal with teacher prompts; Dakota mentioned")],
    labels=[
        ("S1807", "Collaboration", "Emerging", "I still do most of it myself because then I know it's done right."),
        ("S1807", "Collaboration", "Developing", "But this time I let Dakota do the temperature log and he did it better than I would have, he made a graph every day."),
        ("S1807", "Self-Awareness", "Proficient", "I think because I get nervous when it's my grade on someone else's work."),
        ("S1807", "Self-Awareness", "Proficient", "When I'm nervous I talk faster and I start bossing."),
    ])

doc(file="Peer feedback forms - seed catalog.docx", teacher="T1802", kind="docx",
    core=dict(title="Peer feedback - seed catalog project", author="Luis Okafor", created="2026-01-22T14:00:00"),
    blocks=[
        ("h1", "Seed Catalog Project - Peer Feedback"),
        ("p", "Thu 1/22. Two stars and a wish. Students wrote these on the half-sheets; I typed them up."),
        ("table", [["From", "To", "Stars", "Wish"],
                   ["Toby G.", "Wren A.",
                    "Your drawings of the bean plants are really good and you put the days to harvest on every page which is helpful.",
                    "I wish you put the prices. People want to know that. Also you could use a brighter color for the title."],
                   ["Dakota P.", "Hannah K.",
                    "You checked the germination rates against two seed companies and showed where they didn't agree, and then explained why you picked the lower number. That's what a real grower would do.",
                    "The layout is crowded. Maybe split the tomato page into two? I had the same problem with my pepper page and splitting it fixed it."]]),
        ("p", "LO: Toby's feedback much more specific than in the fall."),
    ],
    truth=[("S1806", "peer_feedback", "2026-01-22", "Toby writer"),
           ("S1805", "peer_feedback", "2026-01-22", "Wren receives"),
           ("S1808", "peer_feedback", "2026-01-22", "Dakota writer"),
           ("S1807", "peer_feedback", "2026-01-22", "Hannah K receives")],
    labels=[
        ("S1806", "Communication", "Developing", "I wish you put the prices. People want to know that. Also you could use a brighter color for the title."),
        ("S1808", "Critical Thinking", "Proficient", "You checked the germination rates against two seed companies and showed where they didn't agree, and then explained why you picked the lower number."),
        ("S1808", "Communication", "Proficient", "The layout is crowded. Maybe split the tomato page into two? I had the same problem with my pepper page and splitting it fixed it."),
    ])

doc(file="Okafor obs notes wk of Feb 9.pdf", teacher="T1802", kind="pdf",
    meta=dict(title="Observation notes wk of Feb 9", author="Luis Okafor", created="2026-02-13T17:00:00"),
    blocks=[
        ("h", "Observation Notes - week of Feb 9"),
        ("p", "Greenhouse + classroom. Mr. Okafor."),
        ("h2", "Wren Abernathy"),
        ("p", "Mon 2/9: The heater in the greenhouse failed overnight and the seedling trays were cold. Wren didn't panic. She moved the trays to the classroom windowsill, started a new temperature log on her own, and suggested we use the broken heater as a lesson on backup plans. She then asked the 6th grade group to help carry, giving each of them a job."),
        ("h2", "Dakota Pell"),
        ("p", "Dakota is managing three things at once: the seed order, the greenhouse schedule, and tutoring. He keeps a shared spreadsheet with tabs for each, and updated the order when the supplier ran out of one variety - he had already listed a substitute in a 'plan B' column."),
        ("p", "Not everything is smooth: Dakota got frustrated when the 6th graders moved trays without asking, and raised his voice. He came back ten minutes later and said he should have explained the system first."),
    ],
    truth=[("S1805", "teacher_observation_note", "2026-02-09", "heater failure, Mon 2/9"),
           ("S1808", "teacher_observation_note", "2026-02-09", "week-of note, dated Monday")],
    labels=[
        ("S1805", "Cognitive Flexibility", "Advanced", "She moved the trays to the classroom windowsill, started a new temperature log on her own, and suggested we use the broken heater as a lesson on backup plans."),
        ("S1805", "Collaboration", "Advanced", "She then asked the 6th grade group to help carry, giving each of them a job."),
        ("S1808", "Planning & Prioritization", "Advanced", "updated the order when the supplier ran out of one variety - he had already listed a substitute in a 'plan B' column."),
        ("S1808", "Working Memory", "Advanced", "Dakota is managing three things at once: the seed order, the greenhouse schedule, and tutoring."),
        ("S1808", "Organization", "Proficient", "He keeps a shared spreadsheet with tabs for each"),
        ("S1808", "Self-Management", "Developing", "Dakota got frustrated when the 6th graders moved trays without asking, and raised his voice. He came back ten minutes later and said he should have explained the system first."),
    ])

doc(file="Re_ Toby at home.eml", teacher="T1802", kind="eml",
    headers={"From": "Mark Greer <mgreer.farm@example.net>",
             "To": "Luis Okafor <lokafor@cedarhollow-ms.example.org>",
             "Subject": "Re: Toby at home",
             "Date": "Thu, 05 Mar 2026 21:10:44 -0600",
             "Message-ID": "<ct-0305-toby@example.net>"},
    body="""Mr. Okafor,

Good to hear from you. I can't say I've had a single complaint about Toby this month, which is a first. He doesn't quit on chores halfway the way he used to. Sunday the chicken waterer froze and instead of yelling for me he got the spare heat tape from the barn, because he said "Mr. O says always have a plan B."

He did lose his permission slip for the greenhouse trip twice, so some things don't change. I signed a third one, it's in his blue folder.

Mark Greer
""",
    truth=[("S1806", "parent_note", "2026-03-05", "father's email; praise phrased negatively")],
    labels=[
        ("S1806", "Self-Management", "Proficient", "He doesn't quit on chores halfway the way he used to."),
        ("S1806", "Cognitive Flexibility", "Proficient", "Sunday the chicken waterer froze and instead of yelling for me he got the spare heat tape from the barn"),
        ("S1806", "Organization", "Emerging", "He did lose his permission slip for the greenhouse trip twice, so some things don't change."),
    ])

doc(file="greenhouse final presentations.vtt", teacher="T1802", kind="text",
    text="""WEBVTT

NOTE Spring greenhouse showcase - Thu 4/30 - cafeteria, families invited

00:00:03.000 --> 00:00:16.000
<v Wren>Our question was how the school could grow lettuce for the cafeteria in March, when it's still too cold outside. We tried three setups: the greenhouse, the windowsill, and a shelf with grow lights.

00:00:17.000 --> 00:00:31.000
<v Hannah K>I ran the data. The grow-light shelf won, but it also costs the most in electricity. So we made a table of pounds of lettuce per dollar, and the greenhouse actually wins that one.

00:00:32.000 --> 00:00:44.000
<v Toby>I built the shelf. I had to redo the wiring plan because the first outlet couldn't take it, so I asked the custodian and we moved it to the wall by the sink.

00:00:45.000 --> 00:00:53.000
<v Parent (Mrs. Haverty)>Could other schools do this? My sister teaches over in Pine Gap.

00:00:54.000 --> 00:01:12.000
<v Wren>Yes, and we wrote a one-page how-to for exactly that. We also found a program in Kenya where schools use sack gardens when they don't have land, and we think the Pine Gap school could try sacks since they don't have a greenhouse.

00:01:13.000 --> 00:01:22.000
<v Hannah K>And I asked everyone in the group which part they wanted before we split it up. That's a me thing, I used to just assign it.

00:01:23.000 --> 00:01:30.000
<v Mr. Okafor>Thank you, team. Let's give them a hand.
""",
    truth=[("S1805", "project_presentation_transcript", "2026-04-30", "showcase"),
           ("S1807", "project_presentation_transcript", "2026-04-30", "showcase"),
           ("S1806", "project_presentation_transcript", "2026-04-30", "showcase")],
    labels=[
        ("S1805", "Communication", "Advanced", "Yes, and we wrote a one-page how-to for exactly that."),
        ("S1805", "Global Awareness", "Advanced", "We also found a program in Kenya where schools use sack gardens when they don't have land, and we think the Pine Gap school could try sacks since they don't have a greenhouse."),
        ("S1807", "Critical Thinking", "Advanced", "The grow-light shelf won, but it also costs the most in electricity. So we made a table of pounds of lettuce per dollar, and the greenhouse actually wins that one."),
        ("S1807", "Collaboration", "Proficient", "And I asked everyone in the group which part they wanted before we split it up. That's a me thing, I used to just assign it."),
        ("S1806", "Cognitive Flexibility", "Proficient", "I had to redo the wiring plan because the first outlet couldn't take it, so I asked the custodian and we moved it to the wall by the sink."),
    ])

doc(file="Wren journal spring.txt", teacher="T1802", kind="text",
    text="""Wren A. - science journal - 5/12

Mr. O asked: If you were starting the garden over in a new place, what would you do first?

I would ask the people who live there what they actually eat before planting anything. At our school we planted kale in the fall and nobody in the cafeteria ate it. That was a waste of a whole bed. For the Pine Gap school I'd do a survey first, then pick plants, then plan the beds.

I'd also set up a "garden buddy" list on day one so the little kids each have an older kid to ask. That worked for us this spring after the heater thing.

One thing I'm not great at yet is telling people no. I said yes to the newspaper photo, the farm stand, and the showcase in the same week and I was up till 11 two nights. Next year I'm going to write all three on one calendar before I say yes to anything.
""",
    truth=[("S1805", "reflection_journal", "2026-05-12", "end-of-year journal")],
    labels=[
        ("S1805", "Responsible Decision-Making", "Advanced", "I would ask the people who live there what they actually eat before planting anything."),
        ("S1805", "Planning & Prioritization", "Developing", "I said yes to the newspaper photo, the farm stand, and the showcase in the same week and I was up till 11 two nights."),
        ("S1805", "Self-Awareness", "Advanced", "Next year I'm going to write all three on one calendar before I say yes to anything."),
        ("S1805", "Relationship Skills", "Advanced", "I'd also set up a \"garden buddy\" list on day one so the little kids each have an older kid to ask."),
    ])


# ---------------------------------------------------------------- T1803 Lindqvist (Social Studies, Bluebird advisory, gr 6-8)

doc(file="advisory circle 9-16.txt", teacher="T1803", kind="text",
    text="""Bluebird Advisory - Circle - Tues 9/16
Topic: "What's a rule at school you'd change, and why?"
(recorded for my notes - P. Lindqvist)

[00:00:10] Mrs. Lindqvist: Talking stone goes left. Eli?
[00:00:14] Eli: I'd change no phones at lunch. We're not little kids.
[00:00:19] Ruby: But if we had phones at lunch nobody would talk to anybody. My cousin's school allows it and she says everyone just scrolls.
[00:00:27] Eli: That's her school. That's not proof.
[00:00:30] Ruby: Okay, fair, it's one school. But you also didn't give a reason except we're not little kids.
[00:00:38] Amos: Um. I don't know. Pass.
[00:00:41] Mrs. Lindqvist: That's okay, Amos. We'll come back.
[00:00:44] Priya: I'd change the rule that you can't redo tests. Because some people have a bad day, like if something happened at home, and then one test makes your whole grade go down. It's not just about being lazy.
[00:00:58] Eli: That's actually a good one. I'd switch to that.
[00:01:03] Amos: Can I go now? I'd change that the bus is so early. I have to do milking first and I'm always tired in first period.
[00:01:12] Priya: I didn't know you milk before school. That's really early.
[00:01:15] Amos: 4:45.
[00:01:17] Ruby: Maybe that could be a newspaper thing, like how many kids do farm chores before school. Ms. Whitcomb would like that.

Skills observed: Eli - Critical Thinking: Developing; Amos - Communication: Emerging
""",
    truth=[("S1809", "group_discussion_transcript", "2025-09-16", "circle"),
           ("S1810", "group_discussion_transcript", "2025-09-16", "circle"),
           ("S1811", "group_discussion_transcript", "2025-09-16", "circle"),
           ("S1812", "group_discussion_transcript", "2025-09-16", "circle")],
    labels=[
        ("S1809", "Critical Thinking", "Developing", "That's her school. That's not proof."),
        ("S1809", "Communication", "Developing", "I'd change no phones at lunch. We're not little kids."),
        ("S1810", "Critical Thinking", "Proficient", "Okay, fair, it's one school. But you also didn't give a reason except we're not little kids."),
        ("S1811", "Communication", "Emerging", "Um. I don't know. Pass."),
        ("S1812", "Social Awareness", "Proficient", "Because some people have a bad day, like if something happened at home, and then one test makes your whole grade go down. It's not just about being lazy."),
        ("S1812", "Social Awareness", "Proficient", "I didn't know you milk before school. That's really early."),
        ("S1810", "Creativity & Innovation", "Developing", "Maybe that could be a newspaper thing, like how many kids do farm chores before school."),
        ("S1809", "Cognitive Flexibility", "Developing", "That's actually a good one. I'd switch to that."),
    ])

doc(file="Eli - obs.md", teacher="T1803", kind="text",
    text="""### Observation note

**Student:** Eli Marchetti
**Grade:** 8
**Date:** Fri 10/3
**Setting:** Social Studies - primary source stations
**Observer:** Mrs. Lindqvist

Eli is not one to give up, but today he wasn't far from it. At the census-record station the handwriting was hard to read and he put his head down for about five minutes. When I came by he said the document was "useless."

After I showed him the transcription key he got going again and finished two of the three records. He did not check the third against the key; he guessed the occupation and wrote it as fact.

At the map station he worked well with a 6th grader and didn't take over, which I have not always seen from him.

**Rating line (for my gradebook):** Perseverance 2/4
""",
    truth=[("S1809", "teacher_observation_note", "2025-10-03", "primary source stations")],
    labels=[
        ("S1809", "Self-Management", "Developing", "At the census-record station the handwriting was hard to read and he put his head down for about five minutes."),
        ("S1809", "Self-Management", "Developing", "After I showed him the transcription key he got going again and finished two of the three records."),
        ("S1809", "Critical Thinking", "Emerging", "He did not check the third against the key; he guessed the occupation and wrote it as fact."),
        ("S1809", "Collaboration", "Developing", "At the map station he worked well with a 6th grader and didn't take over, which I have not always seen from him."),
    ])

doc(file="Ruby reflection - water rights unit.docx", teacher="T1803", kind="docx",
    core=dict(title="Water rights unit reflection", author="Ruby Sandoval", created="2025-10-20T20:31:00"),
    blocks=[
        ("h1", "Unit Reflection: Who Owns the Water?"),
        ("p", "Ruby Sandoval - 8th - Mon 10/20"),
        ("h2", "1. What did you learn that surprised you?"),
        ("p", "I didn't know the creek behind our farm is part of the same river system that goes all the way to the Gulf. So when we put fertilizer on the fields it can end up in the dead zone in the Gulf of Mexico. That's like a thousand miles away and it's partly our fault."),
        ("h2", "2. What sources did you use?"),
        ("p", "The state water board map, an article from a farm magazine, and an interview with my dad. The farm magazine said fertilizer runoff is \"overstated,\" but it was paid for by a fertilizer company, which it says at the bottom. The water board data shows nitrate levels going up in our county. I trusted the data more, but I think the magazine is right that farmers can't just stop using fertilizer, so the answer has to be in the middle."),
        ("h2", "3. Mrs. L asks: what could someone your age actually do?"),
        ("p", "I want to ask the FFA chapter to do buffer strips along the creek. I found out the county has a program that pays for the plants. I already emailed the extension office to ask how to apply."),
        ("p", "Mrs. L comment: Ruby - excellent synthesis. Share your email with the class?"),
    ],
    truth=[("S1810", "reflection_journal", "2025-10-20", "unit reflection")],
    labels=[
        ("S1810", "Global Awareness", "Proficient", "So when we put fertilizer on the fields it can end up in the dead zone in the Gulf of Mexico."),
        ("S1810", "Critical Thinking", "Advanced", "I trusted the data more, but I think the magazine is right that farmers can't just stop using fertilizer, so the answer has to be in the middle."),
        ("S1810", "Digital Literacy", "Proficient", "The farm magazine said fertilizer runoff is \"overstated,\" but it was paid for by a fertilizer company, which it says at the bottom."),
        ("S1810", "Global Awareness", "Advanced", "I want to ask the FFA chapter to do buffer strips along the creek. I found out the county has a program that pays for the plants. I already emailed the extension office to ask how to apply."),
    ])

doc(file="Amos Yoder parent email.eml", teacher="T1803", kind="eml",
    headers={"From": "Miriam Yoder <yoderfamily.dairy@example.net>",
             "To": "Peggy Lindqvist <plindqvist@cedarhollow-ms.example.org>",
             "Subject": "Amos and his binder",
             "Date": "Tue, 04 Nov 2025 05:58:02 -0600",
             "Message-ID": "<ct-1104-amos@example.net>"},
    body="""Dear Mrs. Lindqvist,

I am writing about Amos and his schoolwork. He told me last night he "just can't keep his binder straight" and that he is "the dumbest in advisory." I don't believe that, and I don't want him to believe it.

At home he loses his papers between the truck and the house almost every day. We found his social studies map in the milk house. He doesn't start his homework until I sit with him, and then he gets frustrated and cries when he can't find the page.

He is a hard worker with the cows and never forgets the milking order, so I know he can remember things when it matters to him.

Could we find a time to talk? Mornings are hard for us, but after 1 pm works.

Miriam Yoder
""",
    truth=[("S1811", "parent_note", "2025-11-04", "mother's email; reported speech")],
    labels=[
        ("S1811", "Organization", "Emerging", "At home he loses his papers between the truck and the house almost every day. We found his social studies map in the milk house."),
        ("S1811", "Task Initiation", "Emerging", "He doesn't start his homework until I sit with him, and then he gets frustrated and cries when he can't find the page."),
        ("S1811", "Working Memory", "Proficient", "He is a hard worker with the cows and never forgets the milking order"),
    ])

doc(file="debate prep tutoring.srt", teacher="T1803", kind="text",
    text="""1
00:00:00,000 --> 00:00:01,400
Mrs. Lindqvist: Thursday 11/13, debate prep, go ahead.

2
00:00:01,500 --> 00:00:10,000
Priya: Okay Amos, so your claim is that the bus should come later. What's your evidence?

3
00:00:10,500 --> 00:00:14,200
Amos: Because I'm tired.

4
00:00:14,800 --> 00:00:27,600
Priya: That's true, but that's just you. The other side will say you should go to bed earlier. Is there something that shows it's lots of kids? Like, remember that survey Ruby talked about?

5
00:00:28,000 --> 00:00:34,500
Amos: I could ask the kids on my bus what time they get up.

6
00:00:35,000 --> 00:00:48,000
Priya: Yes! That's real evidence. And there's a doctors' group that says teenagers need more sleep. But check who wrote it, okay? Not just some random blog. Look for .org or a real hospital.

7
00:00:48,500 --> 00:00:56,000
Amos: I found one. It says "sleep foundation." Is that real?

8
00:00:56,500 --> 00:01:08,000
Priya: Let's look at the about page together. I don't know either, I always check. See, it says who funds it. Okay, that one is better than most.

9
00:01:08,500 --> 00:01:16,000
Mrs. Lindqvist: Amos, what are the two things you're going to do before Thursday?

10
00:01:16,500 --> 00:01:22,000
Amos: Ask my bus. And... I forget the second one.

11
00:01:22,500 --> 00:01:27,000
Priya: Write it on your hand. Survey, and the sleep website.
""",
    truth=[("S1812", "peer_tutoring_transcript", "2025-11-13", "Priya tutors Amos"),
           ("S1811", "peer_tutoring_transcript", "2025-11-13", "tutee")],
    labels=[
        ("S1812", "Critical Thinking", "Proficient", "That's true, but that's just you. The other side will say you should go to bed earlier. Is there something that shows it's lots of kids?"),
        ("S1812", "Digital Literacy", "Proficient", "Let's look at the about page together. I don't know either, I always check. See, it says who funds it."),
        ("S1812", "Relationship Skills", "Proficient", "Yes! That's real evidence. And there's a doctors' group that says teenagers need more sleep. But check who wrote it, okay?"),
        ("S1811", "Critical Thinking", "Emerging", "Because I'm tired."),
        ("S1811", "Critical Thinking", "Developing", "I could ask the kids on my bus what time they get up."),
        ("S1811", "Working Memory", "Emerging", "Ask my bus. And... I forget the second one."),
    ])

doc(file="Priya conf notes.pdf", teacher="T1803", kind="pdf",
    meta=dict(title="Priya conf notes", author="Peggy Lindqvist", created="2025-12-03T15:45:00"),
    blocks=[
        ("h", "Advisory Conference - Priya Nandakumar (gr 7)"),
        ("p", "Wed 12/3. Priya, Mrs. Lindqvist, Priya's dad."),
        ("p", "Priya keeps a color-coded planner without anyone checking it. She showed us she writes every assignment the day it's given, and estimates minutes next to each. Her estimates were close all month (within 10 min on most)."),
        ("p", "She is quiet in whole-class discussion. She said, \"I know what I want to say but by the time I say it in my head the conversation moved on.\" Dad agreed she is like that at family dinners too."),
        ("p", "Priya tutored Amos on source checking three times. She asked if she could make a one-page 'is this source real?' guide for the whole advisory. I said yes."),
        ("p", "Goal she chose: speak once in each Friday circle, even if it's short."),
    ],
    truth=[("S1812", "teacher_observation_note", "2025-12-03", "conference with dad")],
    labels=[
        ("S1812", "Organization", "Proficient", "Priya keeps a color-coded planner without anyone checking it."),
        ("S1812", "Planning & Prioritization", "Proficient", "She showed us she writes every assignment the day it's given, and estimates minutes next to each. Her estimates were close all month (within 10 min on most)."),
        ("S1812", "Communication", "Developing", "I know what I want to say but by the time I say it in my head the conversation moved on."),
        ("S1812", "Digital Literacy", "Advanced", "She asked if she could make a one-page 'is this source real?' guide for the whole advisory."),
    ])

doc(file="peer feedback - mock trial.md", teacher="T1803", kind="text",
    text="""# Mock Trial Peer Feedback - 1/29

**Case:** The Town of Cedar Hollow v. Loose Goats (fictional)
**Teacher:** Mrs. Lindqvist

---

**From:** Ruby S.  **To:** Eli M. (defense attorney)

Your closing was the best part. You looked at the jury instead of your paper, and when the prosecution objected you didn't get flustered, you just said "I'll rephrase" and kept going. For next time, your cross-examination questions were a little long. Short questions make the witness say yes or no.

---

**From:** Eli M.  **To:** Ruby S. (prosecutor)

Good evidence. You had the fence receipt and the photo. I don't think you needed the part about the goat's name though. Also I was kind of annoyed that you kept talking when I was objecting, but I get it, it's a trial.

---

*LO: both of you - specific, and kind enough. Eli, your feedback has come a long way since September.*
""",
    truth=[("S1810", "peer_feedback", "2026-01-29", "Ruby writes to Eli"),
           ("S1809", "peer_feedback", "2026-01-29", "Eli writes to Ruby")],
    labels=[
        ("S1810", "Communication", "Proficient", "Short questions make the witness say yes or no."),
        ("S1810", "Social Awareness", "Proficient", "Your closing was the best part. You looked at the jury instead of your paper"),
        ("S1809", "Communication", "Developing", "Good evidence. You had the fence receipt and the photo. I don't think you needed the part about the goat's name though."),
        ("S1809", "Self-Awareness", "Developing", "Also I was kind of annoyed that you kept talking when I was objecting, but I get it, it's a trial."),
    ])

doc(file="notes tues.txt", teacher="T1803", kind="text",
    text="""tues 2/24 - advisory + 4th period

Amos - brought his binder back with every tab labeled. He said his cousin helped him set it up but he's the one who keeps it now. Found his homework in under a minute when I asked. Big change from Nov.
He still didn't start the map review until I came by.

Eli - led the debate warmup without me asking. When Marisol (Ray's advisory, visiting) disagreed with him he said "okay, tell me why" and actually listened, then changed his argument. Did not interrupt once. This is not the Eli from September.

Marisol - visiting, not mine. (Nice point about bus costs - tell Ray.)

to do: call Mrs. Yoder back re: binder win
""",
    truth=[("S1811", "teacher_observation_note", "2026-02-24", "binder"),
           ("S1809", "teacher_observation_note", "2026-02-24", "debate warmup; Marisol is T1804's, no row")],
    labels=[
        ("S1811", "Organization", "Proficient", "brought his binder back with every tab labeled. He said his cousin helped him set it up but he's the one who keeps it now. Found his homework in under a minute when I asked."),
        ("S1811", "Task Initiation", "Developing", "He still didn't start the map review until I came by."),
        ("S1809", "Cognitive Flexibility", "Proficient", "When Marisol (Ray's advisory, visiting) disagreed with him he said \"okay, tell me why\" and actually listened, then changed his argument."),
        ("S1809", "Inhibitory Control", "Proficient", "Did not interrupt once."),
        ("S1809", "Task Initiation", "Proficient", "led the debate warmup without me asking."),
    ])

doc(file="Global fair presentation - Ruby.vtt", teacher="T1803", kind="text",
    text="""WEBVTT

NOTE 8th grade Global Issues Fair, Thu 3/19. Ruby S. and Priya N. (7th, joined as partner). Judge: Mr. Dunmore.

00:00:02.000 --> 00:00:18.000
<v Ruby>Our topic is farm runoff, from our creek all the way to the Gulf. We started with the question: why should a kid in Cedar Hollow care about fish a thousand miles away? And the answer is the same fertilizer is on both ends.

00:00:19.000 --> 00:00:35.000
<v Priya>I looked at how three other places deal with it. Denmark cut fertilizer use with rules and paid farmers to change. Iowa mostly does voluntary programs. And the Chesapeake Bay uses buffer strips, which is what Ruby is trying here.

00:00:36.000 --> 00:00:51.000
<v Ruby>And it's actually happening. The FFA agreed to plant a buffer strip along the creek in April. The extension office is paying for the plants. I wrote the application, and Priya checked all our numbers.

00:00:52.000 --> 00:01:00.000
<v Mr. Dunmore>What would you say to a farmer who thinks this costs them money?

00:01:01.000 --> 00:01:17.000
<v Ruby>I'd say we asked that too. My dad was the first one to say it. So we put in the numbers on what fertilizer washing away costs him, because that's money going down the creek. I think that's a better argument for a farmer than the fish.

00:01:18.000 --> 00:01:25.000
<v Priya>Also, we made a version of the poster in Spanish for the families at the co-op.
""",
    truth=[("S1810", "project_presentation_transcript", "2026-03-19", "fair presentation"),
           ("S1812", "project_presentation_transcript", "2026-03-19", "partner; file named for Ruby only")],
    labels=[
        ("S1810", "Global Awareness", "Advanced", "The FFA agreed to plant a buffer strip along the creek in April. The extension office is paying for the plants. I wrote the application"),
        ("S1810", "Communication", "Advanced", "So we put in the numbers on what fertilizer washing away costs him, because that's money going down the creek. I think that's a better argument for a farmer than the fish."),
        ("S1812", "Global Awareness", "Proficient", "Denmark cut fertilizer use with rules and paid farmers to change. Iowa mostly does voluntary programs."),
        ("S1812", "Social Awareness", "Advanced", "Also, we made a version of the poster in Spanish for the families at the co-op."),
        ("S1810", "Social Awareness", "Advanced", "I'd say we asked that too. My dad was the first one to say it."),
    ])

doc(file="Amos spring journal.txt", teacher="T1803", kind="text",
    text="""Amos Y - Advisory journal - 4/14

Q (Mrs L): Look back at your September circle. What's different now?

In September I said pass because I didnt know what to say and I thought everyone would laugh. Now I talk in circle almost every week. Last week I told about the calf and people asked me questions.

My binder is still good. I clean it out every Friday in advisory. I taught my little brother Eli to do tabs for his 3rd grade folder. (not the Eli in our advisory lol)

Q: What's still hard?

Starting homework when I'm tired after chores. I set a timer for 10 minutes and tell myself I only have to do 10. Usually I keep going after. Sometimes I don't.

Q: Goal for May?
Do the whole debate speech without reading off the paper.
""",
    truth=[("S1811", "reflection_journal", "2026-04-14", "growth; 'Eli' here is Amos's little brother, not S1809")],
    labels=[
        ("S1811", "Communication", "Proficient", "Now I talk in circle almost every week. Last week I told about the calf and people asked me questions."),
        ("S1811", "Organization", "Advanced", "I taught my little brother Eli to do tabs for his 3rd grade folder."),
        ("S1811", "Organization", "Proficient", "My binder is still good. I clean it out every Friday in advisory."),
        ("S1811", "Task Initiation", "Developing", "I set a timer for 10 minutes and tell myself I only have to do 10. Usually I keep going after. Sometimes I don't."),
        ("S1811", "Self-Awareness", "Proficient", "In September I said pass because I didnt know what to say and I thought everyone would laugh."),
    ])

doc(file="Eli reflection - end of year.docx", teacher="T1803", kind="docx",
    core=dict(title="End of year reflection", author="Eli Marchetti", created="2026-05-20T09:12:00"),
    blocks=[
        ("h1", "8th Grade End-of-Year Reflection"),
        ("p", "Eli Marchetti | Wed 5/20 | Bluebird Advisory"),
        ("h2", "How have you changed as a thinker?"),
        ("p", "In the fall I'd argue just to win. In the mock trial I learned that if you don't understand the other side's best argument you lose anyway. Now before I argue anything I write down what the other person would say first. I did that at my uncle's town council meeting about the gravel pit and he said it was the most useful thing anyone said."),
        ("h2", "How have you changed as a teammate?"),
        ("p", "I used to take over. This spring I ran the 6th grade debate club with Mrs. L and I made a rule that the oldest kids talk last. The 6th graders talk way more now."),
        ("h2", "What's one thing you're taking to high school?"),
        ("p", "Checking the source before I believe it. I still catch myself believing stuff on social media too fast though. My brother sends me videos and I have to stop and look up who made it."),
    ],
    truth=[("S1809", "reflection_journal", "2026-05-20", "end-of-year")],
    labels=[
        ("S1809", "Critical Thinking", "Advanced", "Now before I argue anything I write down what the other person would say first. I did that at my uncle's town council meeting about the gravel pit"),
        ("S1809", "Collaboration", "Advanced", "This spring I ran the 6th grade debate club with Mrs. L and I made a rule that the oldest kids talk last. The 6th graders talk way more now."),
        ("S1809", "Digital Literacy", "Developing", "I still catch myself believing stuff on social media too fast though. My brother sends me videos and I have to stop and look up who made it."),
        ("S1809", "Self-Awareness", "Proficient", "In the fall I'd argue just to win. In the mock trial I learned that if you don't understand the other side's best argument you lose anyway."),
    ])


# ---------------------------------------------------------------- T1804 Dunmore (Math, Ridge advisory gr 6-8)

doc(file="math stations obs.txt", teacher="T1804", kind="text",
    text="""Math stations - Thu 8/28 - R. Dunmore

Colt H (6): Wandered between stations, never finished station 1 (area of the garden beds). Left his worksheet at station 2 and said somebody stole it. Put his head down when the tape measure station had a line. Said "this is stupid, I'm not a math person" and wouldn't try the second problem even with the worked example in front of him.

Cal O (7): Finished all 4 stations. At station 3 he found two ways to get the perimeter of the L-shaped bed and wrote both. Helped Colt find his worksheet without being asked (it was under the clipboard). A little rushed on station 4 - skipped labeling units.

Note to self: Colt and Cal same table next week? Cal seems patient with him.
""",
    truth=[("S1813", "teacher_observation_note", "2025-08-28", "first weeks, stations"),
           ("S1816", "teacher_observation_note", "2025-08-28", "Cal = Caleb Ostrowski")],
    labels=[
        ("S1813", "Organization", "Emerging", "Left his worksheet at station 2 and said somebody stole it."),
        ("S1813", "Self-Management", "Emerging", "Said \"this is stupid, I'm not a math person\" and wouldn't try the second problem even with the worked example in front of him."),
        ("S1813", "Inhibitory Control", "Emerging", "Wandered between stations, never finished station 1 (area of the garden beds)."),
        ("S1816", "Cognitive Flexibility", "Proficient", "At station 3 he found two ways to get the perimeter of the L-shaped bed and wrote both."),
        ("S1816", "Social Awareness", "Developing", "Helped Colt find his worksheet without being asked (it was under the clipboard)."),
    ])

doc(file="Mari exit ticket 9-19.md", teacher="T1804", kind="text",
    text="""**Exit Ticket - Math 7 - Fri 9/19**

**Name:** Mari V.
**Topic:** Unit rates (farm stand prices)

**Q1. Which is the better deal: 3 lb of apples for $4.50 or 5 lb for $7.00? Show how you know.**

3 lb is $1.50 a pound. 5 lb is $1.40 a pound. So 5 lb is better. But if you only need 3 lb then buying 5 isn't a better deal for you, you'd waste them.

**Q2. How confident do you feel (1-4) and why?**

2. I get it when Mr. D does one first but when I'm alone I forget if I divide the money by the pounds or the pounds by the money. I wrote it on a sticky note in my calculator case.

**Q3. Question for Mr. D?**

Why do stores put the small ones on sale if the big ones are cheaper per pound?
""",
    truth=[("S1814", "reflection_journal", "2025-09-19", "exit ticket; Mari = Marisol Vega")],
    labels=[
        ("S1814", "Critical Thinking", "Proficient", "But if you only need 3 lb then buying 5 isn't a better deal for you, you'd waste them."),
        ("S1814", "Working Memory", "Developing", "I get it when Mr. D does one first but when I'm alone I forget if I divide the money by the pounds or the pounds by the money."),
        ("S1814", "Organization", "Developing", "I wrote it on a sticky note in my calculator case."),
        ("S1814", "Self-Awareness", "Developing", "I get it when Mr. D does one first but when I'm alone I forget"),
    ])

doc(file="Ridge advisory - conflict talk.txt", teacher="T1804", kind="text",
    text="""Ridge Advisory - Tues 10/14 - after the basketball court thing
speakers: Mr. Dunmore, Colt, Jonah, Cal, Mari

[00:00:03] Mr. Dunmore: We're going to talk about what happened at recess. Everybody gets a turn. No interrupting.
[00:00:09] Colt: He pushed me first. Cal pushed me. Everybody saw it.
[00:00:12] Cal: I didn't push, I was going for the ball and we bumped--
[00:00:14] Colt: You're lying!
[00:00:16] Mr. Dunmore: Colt. Wait for your turn.
[00:00:20] Jonah: Can I say something? I was on the bench. I think both things are true. Cal was going for the ball, and it felt like a push to Colt because Colt's smaller and he fell hard. Colt, did your hand get hurt?
[00:00:34] Colt: ...yeah. It's scraped.
[00:00:37] Jonah: So maybe Cal just says he's sorry it happened, even if he didn't mean it, and we make a rule that 6th graders get the hoop first on Tuesdays so it's not always the big kids.
[00:00:48] Cal: I'm sorry your hand got hurt. I wasn't trying to. I should have looked.
[00:00:53] Mari: I think the Tuesday thing is good but the 8th graders will complain. Maybe we rotate, like each grade gets a day? Then it's fair to everyone.
[00:01:02] Colt: Whatever. Fine.
[00:01:05] Jonah: Colt, you want to be on my team tomorrow? I need a guard.
[00:01:08] Colt: ...okay.

---
Skills observed: Jonah - Social Awareness: Proficient. Colt - Self-Management: Emerging.
RD: Jonah mediated this start to finish. I barely said anything.
""",
    truth=[("S1813", "group_discussion_transcript", "2025-10-14", "conflict circle"),
           ("S1815", "group_discussion_transcript", "2025-10-14", "mediator"),
           ("S1816", "group_discussion_transcript", "2025-10-14", "Cal"),
           ("S1814", "group_discussion_transcript", "2025-10-14", "Mari")],
    labels=[
        ("S1813", "Self-Awareness", "Emerging", "He pushed me first. Cal pushed me. Everybody saw it."),
        ("S1813", "Inhibitory Control", "Emerging", "You're lying!"),
        ("S1815", "Social Awareness", "Advanced", "I think both things are true. Cal was going for the ball, and it felt like a push to Colt because Colt's smaller and he fell hard. Colt, did your hand get hurt?"),
        ("S1815", "Collaboration", "Advanced", "So maybe Cal just says he's sorry it happened, even if he didn't mean it, and we make a rule that 6th graders get the hoop first on Tuesdays so it's not always the big kids."),
        ("S1815", "Relationship Skills", "Advanced", "Colt, you want to be on my team tomorrow? I need a guard."),
        ("S1816", "Relationship Skills", "Proficient", "I'm sorry your hand got hurt. I wasn't trying to. I should have looked."),
        ("S1814", "Cognitive Flexibility", "Proficient", "Maybe we rotate, like each grade gets a day? Then it's fair to everyone."),
        ("S1814", "Social Awareness", "Proficient", "I think the Tuesday thing is good but the 8th graders will complain."),
    ])

doc(file="Jonah tutoring Colt.vtt", teacher="T1804", kind="text",
    text="""WEBVTT

NOTE Peer tutoring, math lab, Thu 11/6. Jonah W (8) with Colt H (6). Mr. Dunmore nearby. Amos (Lindqvist) at the next table.

00:00:02.000 --> 00:00:09.000
<v Jonah>Okay, the fence problem. The garden is 12 feet by 8 feet. How much fence do we need?

00:00:10.000 --> 00:00:13.000
<v Colt>I don't know. 20?

00:00:14.000 --> 00:00:25.000
<v Jonah>Good guess, you added 12 and 8. But fence goes all the way around. Walk it with me on the paper. Put your finger on a corner.

00:00:26.000 --> 00:00:33.000
<v Colt>12... 8... 12... 8. Oh. It's 40. It's like walking around the chicken pen.

00:00:34.000 --> 00:00:40.000
<v Jonah>Exactly. You just did that without me. Try the next one by yourself and I'll check.

00:00:41.000 --> 00:00:49.000
<v Colt>This one's 15 and 10. 15, 10, 15, 10. 50. Wait let me check. Yeah 50.

00:00:50.000 --> 00:00:55.000
<v Amos>Is that the fence one? We did that in Mrs. Lindqvist's for the town map.

00:00:56.000 --> 00:01:06.000
<v Jonah>Yeah. Colt, you want to do the last one on the whiteboard? Amos, you can check him.

00:01:07.000 --> 00:01:10.000
<v Colt>Okay. I'm not as bad at this as I thought.

00:01:11.000 --> 00:01:20.000
<v Mr. Dunmore>Jonah, nice move - you let him find the mistake himself.
""",
    truth=[("S1815", "peer_tutoring_transcript", "2025-11-06", "tutor"),
           ("S1813", "peer_tutoring_transcript", "2025-11-06", "tutee; Amos is T1803's, no row")],
    labels=[
        ("S1815", "Communication", "Proficient", "Good guess, you added 12 and 8. But fence goes all the way around. Walk it with me on the paper. Put your finger on a corner."),
        ("S1815", "Relationship Skills", "Advanced", "Exactly. You just did that without me. Try the next one by yourself and I'll check."),
        ("S1813", "Critical Thinking", "Developing", "This one's 15 and 10. 15, 10, 15, 10. 50. Wait let me check. Yeah 50."),
        ("S1813", "Self-Awareness", "Developing", "Okay. I'm not as bad at this as I thought."),
        ("S1813", "Critical Thinking", "Emerging", "I don't know. 20?"),
    ])

doc(file="Cal - conference.docx", teacher="T1804", kind="docx",
    core=dict(title="Conference - Caleb O.", author="Ray Dunmore", created="2025-12-11T13:30:00"),
    blocks=[
        ("h1", "Advisory Conference"),
        ("p", "Student: Caleb Ostrowski (\"Cal\"), gr 7     Date: Thurs 12/11     Present: Cal, Mr. Dunmore, Mrs. Ostrowski"),
        ("h2", "Strengths"),
        ("p", "Cal is the kid other kids go to. Since October he has been sitting with Colt at stations and he never just gives him the answer - he asks \"what's the first thing you know?\" I have heard Colt start using that question on his own."),
        ("p", "In the budget unit he came up with a way to track the farm stand cash box using a shared sheet with a formula that flags when the count doesn't match sales. Nobody showed him that; he looked it up and tested it with fake numbers first."),
        ("h2", "Working on"),
        ("p", "Rushing. Cal finishes first and skips checking: units, labels, sign errors. He said, \"I know I rush because I want to be done first. I'm trying to do a check box at the bottom of every page, but I forget half the time.\""),
        ("table", [["Skill focus", "Where Cal is", "Next step"],
                   ["Checking work", "when reminded", "check box every page"],
                   ["Helping peers", "strong, independent", "co-lead math lab in Jan"]]),
        ("p", "Mom says at home he is the same: first to finish chores, not always the best job."),
    ],
    truth=[("S1816", "teacher_observation_note", "2025-12-11", "conference; Caleb here is Caleb Ostrowski (T1804), not Caleb Ferris (T1801)")],
    labels=[
        ("S1816", "Relationship Skills", "Advanced", "Since October he has been sitting with Colt at stations and he never just gives him the answer - he asks \"what's the first thing you know?\" I have heard Colt start using that question on his own."),
        ("S1816", "Digital Literacy", "Advanced", "he came up with a way to track the farm stand cash box using a shared sheet with a formula that flags when the count doesn't match sales. Nobody showed him that; he looked it up and tested it with fake numbers first."),
        ("S1816", "Inhibitory Control", "Developing", "I know I rush because I want to be done first. I'm trying to do a check box at the bottom of every page, but I forget half the time."),
        ("S1816", "Self-Awareness", "Proficient", "I know I rush because I want to be done first."),
    ])

doc(file="Message from Colt's mom.eml", teacher="T1804", kind="eml",
    headers={"From": "Tara Haverty <tara.haverty@example.net>",
             "To": "Ray Dunmore <rdunmore@cedarhollow-ms.example.org>",
             "Subject": "Colt - math club",
             "Date": "Thu, 08 Jan 2026 16:47:31 -0600",
             "Message-ID": "<ct-0108-colt@example.net>"},
    body="""Mr. Dunmore,

I wanted to thank you for getting Colt into math club. He says it is "the only place nobody rushes him." His words! I never thought I'd hear him say anything good about math.

Over break he figured out how many feet of fence we needed for the new goat pen and he was right. He measured twice because he said "Jonah says always check." He also did not throw a fit when his first number was wrong, he just erased and did it again. That would not have happened last year.

He still leaves his math folder in the truck more than I'd like.

Tara Haverty
(Colt's mom)
""",
    truth=[("S1813", "parent_note", "2026-01-08", "mother's email; reported speech of Colt and Jonah")],
    labels=[
        ("S1813", "Self-Management", "Proficient", "He also did not throw a fit when his first number was wrong, he just erased and did it again."),
        ("S1813", "Critical Thinking", "Proficient", "Over break he figured out how many feet of fence we needed for the new goat pen and he was right. He measured twice"),
        ("S1813", "Organization", "Emerging", "He still leaves his math folder in the truck more than I'd like."),
    ])

doc(file="budget project presentations.pdf", teacher="T1804", kind="pdf",
    meta=dict(title="Farm Stand Budget - Presentations", author="Ray Dunmore", created="2026-02-26T15:00:00"),
    blocks=[
        ("h", "Farm Stand Budget Project - Presentation Transcript"),
        ("p", "Thu 2/26, Math 7/8 combined. Presenters: Marisol Vega, Jonah Whitfield. Audience Q&A."),
        ("p", "[00:00:05] Mari: We were asked to make the farm stand break even by May. We started with last fall's sales. Squash sold best, but herbs had the highest profit per bed, so we think we should plant more herbs."),
        ("p", "[00:00:22] Jonah: The hard part was the egg price. The co-op charges $3.00, and we wanted $4.00. But our customers are mostly families from school, and some of them told us eggs are already a stretch. So we landed on $3.25, and the 8th grade covers the difference with the herb profit."),
        ("p", "[00:00:45] Mari: I made the charts in the spreadsheet. At first I used a pie chart for everything and Jonah said it was confusing, so I switched the month-by-month one to a line graph. It's way clearer."),
        ("p", "[00:01:02] Student (Ruby, 8th, visiting): Where did you get last fall's sales?"),
        ("p", "[00:01:05] Mari: From the cash box log Cal made. We checked it against the receipts book and two days didn't match, so we left those days out and said so on the slide."),
        ("p", "[00:01:20] Jonah: If it freezes late in April and the herbs die, we have a plan B: we sell seedlings from the greenhouse instead. Mr. Okafor said we could."),
        ("p", "Rubric (RD): Content 4, Delivery 3, Visuals 3"),
    ],
    truth=[("S1814", "project_presentation_transcript", "2026-02-26", "co-presenter"),
           ("S1815", "project_presentation_transcript", "2026-02-26", "co-presenter; Ruby is T1803's, no row; Cal only mentioned")],
    labels=[
        ("S1814", "Critical Thinking", "Advanced", "We checked it against the receipts book and two days didn't match, so we left those days out and said so on the slide."),
        ("S1814", "Cognitive Flexibility", "Proficient", "At first I used a pie chart for everything and Jonah said it was confusing, so I switched the month-by-month one to a line graph."),
        ("S1814", "Digital Literacy", "Proficient", "I made the charts in the spreadsheet. At first I used a pie chart for everything and Jonah said it was confusing, so I switched the month-by-month one to a line graph."),
        ("S1815", "Responsible Decision-Making", "Advanced", "But our customers are mostly families from school, and some of them told us eggs are already a stretch. So we landed on $3.25, and the 8th grade covers the difference with the herb profit."),
        ("S1815", "Planning & Prioritization", "Advanced", "If it freezes late in April and the herbs die, we have a plan B: we sell seedlings from the greenhouse instead."),
    ])

doc(file="peer feedback Mar.txt", teacher="T1804", kind="text",
    text="""PEER FEEDBACK - Math 7 - "Design a Chicken Coop" - 3/12

from: Cal    to: Mari
You used the most space for the least wood out of everybody, I checked your numbers and they are right. Your labels are really neat. One thing: you forgot the door in the perimeter? Maybe add that. Honestly I'm not sure I would have thought of the slanted roof.

from: Colt    to: Jonah
its good. the roof is cool. I dont know what to fix. maybe color it

(RD: Colt - let's practice "one specific thing." Cal - great.)
""",
    truth=[("S1816", "peer_feedback", "2026-03-12", "Cal writes to Mari"),
           ("S1814", "peer_feedback", "2026-03-12", "Mari receives"),
           ("S1813", "peer_feedback", "2026-03-12", "Colt writes to Jonah"),
           ("S1815", "peer_feedback", "2026-03-12", "Jonah receives")],
    labels=[
        ("S1816", "Communication", "Proficient", "One thing: you forgot the door in the perimeter? Maybe add that."),
        ("S1816", "Critical Thinking", "Proficient", "I checked your numbers and they are right."),
        ("S1813", "Communication", "Emerging", "its good. the roof is cool. I dont know what to fix. maybe color it"),
    ])

doc(file="Dunmore obs - April.docx", teacher="T1804", kind="docx",
    core=dict(title="Observation - April", author="Ray Dunmore", created="2026-04-09T16:05:00"),
    blocks=[
        ("h1", "Observation Notes - Thurs 4/9"),
        ("p", "Math lab / Ridge advisory. R. Dunmore."),
        ("h2", "Colt Haverty (gr 6)"),
        ("p", "Big day. Colt walked in, got his folder from the bin, and started the warm-up before the bell without a word from me. When the 6th grader next to him (new student, Ava) got stuck on the fence problem, Colt said, \"Put your finger on a corner and walk it.\" That's Jonah's move from November, and now Colt is using it on someone else."),
        ("p", "He did get frustrated on the fraction division set and pushed his paper away, but he picked it back up after a minute on his own."),
        ("h2", "Jonah Whitfield (gr 8)"),
        ("p", "Jonah is juggling the farm stand budget, the high school visit forms and tutoring. He showed me his week on one page with the deadlines in red and a backup day for each. He asked if he could train two 7th graders to take over tutoring next year after he leaves, and already wrote a half-page guide for them."),
        ("h2", "Marisol Vega (gr 7)"),
        ("p", "Mari solved the fraction set two different ways and explained the second way to the table. When I changed the problem at the last minute (added a discount), she said \"okay, so now it's two steps\" and didn't miss a beat."),
    ],
    truth=[("S1813", "teacher_observation_note", "2026-04-09", "breakthrough"),
           ("S1815", "teacher_observation_note", "2026-04-09", ""),
           ("S1814", "teacher_observation_note", "2026-04-09", "")],
    labels=[
        ("S1813", "Task Initiation", "Proficient", "Colt walked in, got his folder from the bin, and started the warm-up before the bell without a word from me."),
        ("S1813", "Relationship Skills", "Advanced", "When the 6th grader next to him (new student, Ava) got stuck on the fence problem, Colt said, \"Put your finger on a corner and walk it.\" That's Jonah's move from November, and now Colt is using it on someone else."),
        ("S1813", "Self-Management", "Developing", "He did get frustrated on the fraction division set and pushed his paper away, but he picked it back up after a minute on his own."),
        ("S1815", "Planning & Prioritization", "Advanced", "He showed me his week on one page with the deadlines in red and a backup day for each."),
        ("S1815", "Task Initiation", "Advanced", "He asked if he could train two 7th graders to take over tutoring next year after he leaves, and already wrote a half-page guide for them."),
        ("S1814", "Cognitive Flexibility", "Advanced", "When I changed the problem at the last minute (added a discount), she said \"okay, so now it's two steps\" and didn't miss a beat."),
        ("S1814", "Communication", "Proficient", "Mari solved the fraction set two different ways and explained the second way to the table."),
    ])

doc(file="exit ticket.pdf", teacher="T1804", kind="pdf",
    meta=dict(title="exit ticket", author="Ray Dunmore", created="2026-03-03T14:50:00"),
    blocks=[
        ("h", "Math Exit Ticket - Tues 3/3"),
        ("p", "Name: C."),
        ("p", "1. What is 3/4 divided by 1/2?   1 1/2"),
        ("p", "2. How did you check your answer?   I multiplied 1 1/2 by 1/2 and got 3/4 back so its right. I check every one now even when im in a hurry."),
        ("p", "3. Rate your understanding 1-4:  3"),
    ],
    truth=[("ASK", "", "", "signed only 'C.' - Colt Haverty or Cal (Caleb Ostrowski)")],
    labels=[])
