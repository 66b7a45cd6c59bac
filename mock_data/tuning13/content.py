"""All text of the tuning13 set (written blind). build_set.py renders it; check.py verifies it."""

SCHOOL = "Cedar Hollow Middle School"
YEAR_START, YEAR_END = "2025-08-18", "2026-06-02"

TEACHERS = [
    ("T1401", "Ms. Adaeze Okafor", "aokafor@cedarhollowms.org", "U0T1401"),
    ("T1402", "Mr. Tomasz Wierzbicki", "twierzbicki@cedarhollowms.org", "U0T1402"),
    ("T1403", "Mrs. Lena Halvorsen", "lhalvorsen@cedarhollowms.org", "U0T1403"),
    ("T1404", "Mr. Rafael Quintero", "rquintero@cedarhollowms.org", "U0T1404"),
]

STUDENTS = [
    ("S1401", "Maya Thornton", 6, "T1401", ""),
    ("S1402", "Jonah Pereira", 6, "T1401", "JP"),
    ("S1403", "Priya Raman", 6, "T1401", ""),
    ("S1404", "Elijah Brooks", 6, "T1401", "Eli"),
    ("S1405", "Maya Castillo", 7, "T1402", ""),
    ("S1406", "Dominic Ferraro", 7, "T1402", "Dom"),
    ("S1407", "Harper Nguyen", 7, "T1402", ""),
    ("S1408", "Theo Lindqvist", 7, "T1402", ""),
    ("S1409", "Zainab Yusuf", 8, "T1403", "Zee"),
    ("S1410", "Caleb Marsh", 8, "T1403", ""),
    ("S1411", "Rosalind Ortiz", 8, "T1403", "Roz"),
    ("S1412", "Kofi Asante", 8, "T1403", ""),
    ("S1413", "Isabel Moreno", 7, "T1404", "Izzy"),
    ("S1414", "Marcus Bell", 7, "T1404", ""),
    ("S1415", "Noor Haddad", 7, "T1404", ""),
    ("S1416", "Elijah Kim", 7, "T1404", "EJ"),
]

SKILL = {
    "SA": "Self-Awareness", "SM": "Self-Management", "SO": "Social Awareness",
    "RS": "Relationship Skills", "RD": "Responsible Decision-Making",
    "WM": "Working Memory", "IC": "Inhibitory Control", "CF": "Cognitive Flexibility",
    "PP": "Planning & Prioritization", "OR": "Organization", "TI": "Task Initiation",
    "CT": "Critical Thinking", "CO": "Communication", "CL": "Collaboration",
    "CR": "Creativity & Innovation", "DL": "Digital Literacy", "GA": "Global Awareness",
}
LEVEL = {"E": "Emerging", "D": "Developing", "P": "Proficient", "A": "Advanced"}

GD, PT, PR = "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript"
RJ, PF, OB, PN = "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"

DOCS = []


def D(name, teacher, fmt, body, truth, labels, **opts):
    DOCS.append(dict(name=name, teacher=teacher, fmt=fmt, body=body, truth=truth,
                     labels=labels, opts=opts))


# ---------------------------------------------------------------- T1401 Okafor, grade 6 ELA
D("Book Club Circle - Sept.docx", "T1401", "docx", [
    ("h1", "Book Club Circle \u2014 Hatchet, ch. 1-4"),
    ("p", "Fri Sept 12 \u00b7 Room 114 \u00b7 Period 2"),
    ("i", "Setting: four kids on the rug, plus Ava from Mr. Delgado's homeroom sitting in while her class was on a field trip."),
    ("p", "Prompt: Was Brian smart to keep the hatchet on his belt?"),
    ("sp", "Ms. Okafor", "Who wants to start? Jonah?"),
    ("sp", "Jonah", "Yeah he was smart because like, what if the plane crashed? Oh wait it did. So he had a tool and nobody told him to keep it, he just did."),
    ("sp", "Maya", "I don't agree all the way. I think he got lucky. His mom gave it to him and he almost didn't wear it because he thought it looked dorky."),
    ("sp", "Priya", "Can I add on to Maya? Because I think both of you are right. He was lucky at first, but then he was smart about how he used it, like making the fire."),
    ("sp", "Ava", "I didn't read that far."),
    ("sp", "Jonah", "Wait wait wait I have another one, it's about the moose\u2014"),
    ("sp", "Ms. Okafor", "Hold on Jonah, let Priya finish."),
    ("sp", "Priya", "I was done. But Ava, it's okay, it's around page 80, you can borrow my sticky notes to catch up."),
    ("sp", "Maya", "I guess I changed my mind a little. Lucky and smart can both be true."),
    ("h2", "Next steps"),
    ("p", "Jonah \u2014 work on waiting his turn; try the talking chip next time."),
    ("p", "Maya \u2014 great revision of her thinking out loud."),
    ("p", "Collaboration (Priya): Proficient"),
], [("S1401", GD, "2025-09-12", "first names only; Ava is a visitor from another homeroom (no row)"),
    ("S1402", GD, "2025-09-12", ""), ("S1403", GD, "2025-09-12", "")],
  [("S1402", "IC", "E", "Wait wait wait I have another one, it's about the moose"),
   ("S1402", "CT", "D", "Yeah he was smart because like, what if the plane crashed? Oh wait it did."),
   ("S1401", "CF", "P", "I guess I changed my mind a little. Lucky and smart can both be true."),
   ("S1401", "CT", "P", "I think he got lucky. His mom gave it to him and he almost didn't wear it because he thought it looked dorky."),
   ("S1403", "CT", "A", "He was lucky at first, but then he was smart about how he used it, like making the fire."),
   ("S1403", "CL", "P", "Can I add on to Maya? Because I think both of you are right."),
   ("S1403", "SO", "P", "But Ava, it's okay, it's around page 80, you can borrow my sticky notes to catch up.")],
  created="2025-09-12T15:20:00", author="Adaeze Okafor")

D("journal_priya_oct.txt", "T1401", "txt", """Priya R.  --  Reading Journal
Oct. 6

Today we had to pick our independent reading goal. My goal is to finish two books by Thanksgiving. I made a chart in the back of my notebook with the pages I need to read each night (22 pages, I did the math). If I have swim practice I will read on the car ride so I don't fall behind.

Something I noticed about myself is that I get really frustrated when people talk during silent reading and then I can't focus and I get mad at them in my head. I'm going to ask if I can sit by the window because it's quieter there.

One thing I'm proud of: I didn't give up on Wonder even though the beginning was slow for me.
""", [("S1403", RJ, "2025-10-06", "CRLF line endings; date 'Oct. 6' without year")],
  [("S1403", "PP", "P", "If I have swim practice I will read on the car ride so I don't fall behind."),
   ("S1403", "SA", "P", "Something I noticed about myself is that I get really frustrated when people talk during silent reading and then I can't focus and I get mad at them in my head."),
   ("S1403", "IC", "A", "I'm going to ask if I can sit by the window because it's quieter there."),
   ("S1403", "SM", "P", "I didn't give up on Wonder even though the beginning was slow for me.")],
  eol="crlf")

D("scan_0042.pdf", "T1401", "pdf", [
    ("h", "Classroom Observation"),
    ("p", "Student: Elijah B. (Eli)    Observed: Thurs 10/23    Period 2 ELA"),
    ("p", "Context: independent writing block, personal narrative draft #1."),
    ("p", "Eli needed three reminders to take out his draft before he began writing."),
    ("p", "After the first ten minutes he asked a neighbor what the directions were, even though they were written on the board."),
    ("p", "When I sat with him and broke the task into two steps (write the first sentence, then the setting), he wrote four sentences on his own."),
    ("p", "He told me, \"I don't know how to start, my brain just goes blank.\""),
    ("p", "Task Initiation: Emerging"),
    ("p", "Next steps: sticky-note checklist on his desk; check in at minute 5."),
], [("S1404", OB, "2025-10-23", "generic scan name; 'Elijah B.' not Elijah Kim (other class)")],
  [("S1404", "TI", "E", "Eli needed three reminders to take out his draft before he began writing."),
   ("S1404", "WM", "E", "After the first ten minutes he asked a neighbor what the directions were, even though they were written on the board."),
   ("S1404", "SM", "D", "When I sat with him and broke the task into two steps (write the first sentence, then the setting), he wrote four sentences on his own."),
   ("S1404", "SA", "D", "I don't know how to start, my brain just goes blank.")],
  created="2025-10-27T08:05:00", title="scan_0042")

D("Meeting Recording.vtt", "T1401", "txt", """WEBVTT

NOTE
Recorded 2025-11-04, lunch tutoring, Room 114

1
00:00:01.000 --> 00:00:06.500
<v Ms. Okafor>Okay Jonah, you're the tutor today. Eli has the vocabulary quiz Friday.

2
00:00:07.000 --> 00:00:14.000
<v Jonah Pereira>Okay so Eli, I make flashcards but the trick is you say the word in a sentence about something you like. Like basketball.

3
00:00:14.500 --> 00:00:19.000
<v Elijah Brooks>Reluctant. I was reluctant to... do this quiz.

4
00:00:19.500 --> 00:00:26.000
<v Jonah Pereira>Ha, that counts! Okay now you try "persevere" but don't look at the card. Take your time, I'll wait.

5
00:00:26.500 --> 00:00:33.000
<v Elijah Brooks>Um. I persevered when I got stuck in level 9 and I kept trying. Is that right?

6
00:00:33.500 --> 00:00:40.000
<v Jonah Pereira>Yeah! See, you know it. Last week you only got like three. Now you got five in a row.

7
00:00:40.500 --> 00:00:46.000
<v Elijah Brooks>I usually lose my cards. Can I keep them in your folder?

8
00:00:46.500 --> 00:00:50.000
<v Ms. Okafor>How about a pocket in your own binder, Eli?

9
00:00:50.500 --> 00:00:55.000
<v Elijah Brooks>Okay. I'll put them in the front pocket so I see them.
""", [("S1402", PT, "2025-11-04", "tutor"), ("S1404", PT, "2025-11-04", "tutee; date only in NOTE block")],
  [("S1402", "RS", "A", "Yeah! See, you know it. Last week you only got like three. Now you got five in a row."),
   ("S1402", "CR", "P", "the trick is you say the word in a sentence about something you like"),
   ("S1404", "OR", "E", "I usually lose my cards. Can I keep them in your folder?")])

D("thornton email.eml", "T1401", "eml", dict(
    headers=[("From", "Rebecca Thornton <rthornton.family@gmail.com>"),
             ("To", "Adaeze Okafor <aokafor@cedarhollowms.org>"),
             ("Subject", "Maya - homework at home"),
             ("Date", "Tue, 18 Nov 2025 19:42:10 -0500"),
             ("Message-ID", "<CAF7x01thornton@mail.gmail.com>")],
    text="""Hi Ms. Okafor,

I wanted to share something good. Maya has started using the planner you gave out without me asking. On Sunday she sat down and wrote out the whole week, including the book report due the 24th, and she broke it into "read", "notes", "draft" days on her own.

She also told her little brother that he should make a list too, which was sweet (he did not).

One thing we're still working on: she gets very upset when the plan changes, like when we had to go to her grandma's on Wednesday and she couldn't do her "draft day." She cried and said the whole week was ruined. We talked her through it but it took a while.

Thanks for everything,
Rebecca Thornton
"""), [("S1401", PN, "2025-11-18", "Maya Thornton (not Maya Castillo, T1402)")],
  [("S1401", "PP", "P", "On Sunday she sat down and wrote out the whole week, including the book report due the 24th"),
   ("S1401", "TI", "P", "Maya has started using the planner you gave out without me asking."),
   ("S1401", "CF", "E", "She cried and said the whole week was ruined.")])

D("exit_tickets_1205.docx", "T1401", "docx", [
    ("h1", "Exit Tickets \u2014 Fri 12/5"),
    ("p", "Question: What is one thing that helped you today, and one thing you'd do differently?"),
    ("table", [["Name", "Helped", "Differently"],
               ["Maya T.", "Working with Priya helped because she explains things in a different way than me.", "I would check the rubric before I start instead of at the end."],
               ["Jonah P.", "nothing really", "I would not keep talking when we were supposed to be writing. I know I do that."],
               ["Priya R.", "The checklist. I checked off each part so I didn't forget the citation.", "Nothing, I finished early so I helped Eli with his."],
               ["Eli B.", "When Ms. O said the steps one at a time.", "idk"]]),
], [("S1401", RJ, "2025-12-05", "one table row per student"), ("S1402", RJ, "2025-12-05", ""),
    ("S1403", RJ, "2025-12-05", ""), ("S1404", RJ, "2025-12-05", "")],
  [("S1401", "CL", "P", "Working with Priya helped because she explains things in a different way than me."),
   ("S1401", "PP", "D", "I would check the rubric before I start instead of at the end."),
   ("S1402", "SA", "D", "I would not keep talking when we were supposed to be writing. I know I do that."),
   ("S1403", "WM", "P", "The checklist. I checked off each part so I didn't forget the citation."),
   ("S1403", "RS", "P", "Nothing, I finished early so I helped Eli with his."),
   ("S1404", "WM", "D", "When Ms. O said the steps one at a time.")],
  created="2025-12-05T14:10:00", author="Adaeze Okafor")

D("notes.docx", "T1401", "docx", [
    ("h1", "Conference notes \u2014 week of January 12"),
    ("bp", "Maya Thornton. ", "Maya led her group's discussion on theme and made sure the two quiet members each shared before she gave her own idea. She kept a timer on her own and moved the group along when they got stuck on one chapter."),
    ("bp", "Jonah Pereira. ", "Jonah waited for the talking chip three times this week without a reminder. He still blurts when he's excited, but he caught himself on Wednesday and said 'sorry, go ahead.'"),
    ("bp", "Priya Raman. ", "Priya compared two articles about school start times and pointed out that one was written by a company that sells alarm clocks. She asked whether that meant we could trust it."),
    ("bp", "Elijah Brooks (Eli). ", "Eli started his reading response within the first five minutes on Tuesday and Thursday, using the sticky-note checklist. On Friday, with a sub, he did not start at all."),
], [("S1401", OB, "2026-01-12", "'week of' -> Monday"), ("S1402", OB, "2026-01-12", ""),
    ("S1403", OB, "2026-01-12", ""), ("S1404", OB, "2026-01-12", "")],
  [("S1401", "CL", "A", "Maya led her group's discussion on theme and made sure the two quiet members each shared before she gave her own idea."),
   ("S1401", "PP", "P", "She kept a timer on her own and moved the group along when they got stuck on one chapter."),
   ("S1402", "IC", "D", "He still blurts when he's excited, but he caught himself on Wednesday and said 'sorry, go ahead.'"),
   ("S1403", "CT", "P", "Priya compared two articles about school start times and pointed out that one was written by a company that sells alarm clocks."),
   ("S1404", "TI", "D", "Eli started his reading response within the first five minutes on Tuesday and Thursday, using the sticky-note checklist.")],
  created="2026-01-16T16:00:00", author="aokafor")

D("Re_ Eli and the reading log.eml", "T1401", "eml", dict(
    headers=[("From", "Denise Brooks <denise.brooks@comcast.net>"),
             ("To", "Adaeze Okafor <aokafor@cedarhollowms.org>"),
             ("Subject", "Re: Eli and the reading log"),
             ("Date", "Tue, 10 Feb 2026 07:15:33 -0500"),
             ("In-Reply-To", "<okafor.20260206.1502@cedarhollowms.org>"),
             ("Message-ID", "<brooks.20260210.0715@comcast.net>")],
    text="""Good morning,

Thank you for letting me know. We sat down this weekend and Elijah set an alarm on his tablet for 7:30 every night that says READ 20. He did it Sunday and Monday without me saying anything. He says he doesn't mind reading when it's the dragon books.

He also asked me to stop reminding him because it makes him not want to do it. So I'm trying to back off!

Denise Brooks

On Fri, Feb 6, 2026 at 3:02 PM Adaeze Okafor <aokafor@cedarhollowms.org> wrote:
> Hi Ms. Brooks,
> I wanted to check in about Eli's reading log. He has turned it in twice
> since winter break. He tells me he forgets it at home. Could we find a
> way to make it part of his evening routine?
> Thanks,
> Ms. Okafor
"""), [("S1404", PN, "2026-02-10", "reply quoting teacher's 2026-02-06 message; date = the reply")],
  [("S1404", "TI", "P", "He did it Sunday and Monday without me saying anything."),
   ("S1404", "SA", "D", "He also asked me to stop reminding him because it makes him not want to do it.")])

D("peer feedback - poetry.md", "T1401", "txt", """# Peer Feedback \u2014 Poetry Slam

**Date:** Tues 3/3
**Reviewer:** Priya Raman
**Presenter:** Maya T.

## Glow
- Maya looked up at the audience almost the whole time and slowed down on the sad part so it hit harder.
- She wrote her poem about her grandma's garden in Manila and used a Tagalog word and explained it so we all understood.

## Grow
- She said "um" a lot at the beginning when she lost her place.
- Maybe practice with the paper further away?
""", [("S1401", PF, "2026-03-03", "subject of the feedback"), ("S1403", PF, "2026-03-03", "writer of the feedback")],
  [("S1401", "CO", "P", "Maya looked up at the audience almost the whole time and slowed down on the sad part so it hit harder."),
   ("S1401", "CR", "P", "She wrote her poem about her grandma's garden in Manila and used a Tagalog word and explained it so we all understood.")])

D("presentation_0415.srt", "T1401", "txt", """1
00:00:00,000 --> 00:00:05,200
MS. OKAFOR: Okay, Maya, whenever you're ready.

2
00:00:05,600 --> 00:00:14,000
MAYA: So my project is about why our school should have a little free library by the bus loop. I surveyed 40 kids and 31 said they would use it.

3
00:00:14,400 --> 00:00:22,000
MAYA: At first I wanted it inside the library but Mr. Haines said there's no room, so I changed it to outside and I found a design that's waterproof.

4
00:00:22,400 --> 00:00:27,000
JONAH: What if people steal the books?

5
00:00:27,400 --> 00:00:36,000
MAYA: That's a good question. Honestly that's kind of the point, you take one and you leave one. But I thought about it and we could stamp them so people bring them back if they want.

6
00:00:36,400 --> 00:00:41,000
PRIYA: Did you ask the younger kids too or just sixth grade?

7
00:00:41,400 --> 00:00:48,000
MAYA: Just sixth grade. That's a good point, I should survey the fifth graders at the elementary too because they'll be here next year.
""", [("S1401", PR, "2026-04-15", "presenter; date only in filename 0415"), ("S1402", PR, "2026-04-15", "audience question"),
      ("S1403", PR, "2026-04-15", "audience question")],
  [("S1401", "CT", "P", "I surveyed 40 kids and 31 said they would use it."),
   ("S1401", "CF", "A", "At first I wanted it inside the library but Mr. Haines said there's no room, so I changed it to outside and I found a design that's waterproof."),
   ("S1401", "CO", "P", "That's a good question. Honestly that's kind of the point, you take one and you leave one."),
   ("S1402", "CT", "D", "What if people steal the books?"),
   ("S1403", "CT", "P", "Did you ask the younger kids too or just sixth grade?")])

D("Okafor_reflection_May.pdf", "T1401", "pdf", [
    ("h", "End-of-Year Reflection"),
    ("p", "Name: Eli Brooks     Date: May 20, 2026"),
    ("b", "1. What is something you got better at this year?"),
    ("p", "I got better at starting my work. In September I would just sit there and wait for Ms. O to come over. I need fewer reminders now, like maybe one or none. I use my checklist and I set my own timer on the chromebook."),
    ("b", "2. What is still hard for you?"),
    ("p", "Keeping my binder clean. It is still a mess and I lost my poem draft in April. My mom says I am the kind of person who needs a system, so I'm going to try color folders next year."),
    ("b", "3. What advice would you give a new 6th grader?"),
    ("p", "Don't be embarassed to ask what the directions are. Ask the first time, not after everybody already started."),
], [("S1404", RJ, "2026-05-20", "filename names the teacher, not the student")],
  [("S1404", "TI", "P", "I need fewer reminders now, like maybe one or none."),
   ("S1404", "OR", "D", "My mom says I am the kind of person who needs a system, so I'm going to try color folders next year."),
   ("S1404", "SA", "P", "Don't be embarassed to ask what the directions are. Ask the first time, not after everybody already started.")],
  created="2026-05-21T09:30:00", title="Reflection")


# ---------------------------------------------------------------- T1402 Wierzbicki, grade 7 science
D("Lab group 3 - Otter.txt", "T1402", "txt", """Lab group 3 - density lab
Thu, Oct 2, 2025 10:14 AM  |  23 min
Speakers: Mr. Wierzbicki, Maya Castillo, Dom Ferraro, Harper Nguyen, Theo Lindqvist

Mr. Wierzbicki  0:03
Okay group three, your prediction sheet says the grape sinks in salt water. Tell me why.

Maya Castillo  0:11
We said sinks, but honestly I'm not sure anymore. We put in four spoons of salt and it floated, so our prediction was wrong, and I think that's fine, we just write down why.

Dom Ferraro  0:25
No it's not fine, we're gonna lose points. Just change the prediction. Nobody will know.

Harper Nguyen  0:31
Dom, that's like lying on a lab though. Mr. W said the prediction doesn't have to be right. Can we just add a row that says what actually happened?

Theo Lindqvist  0:40
Wait what step are we on? I thought we were still measuring the water.

Harper Nguyen  0:44
We're on step six. Here, I'll point to it. We already did the water, it's 250 milliliters.

Dom Ferraro  0:52
Fine. Whatever. Harper can write it, I'm not writing it.

Maya Castillo  0:58
What if we try it with sugar too? Like does sugar water do the same thing or is it only salt? We could do that as an extension.

Mr. Wierzbicki  1:06
Good question, Maya. Put it on the sheet as a follow-up.
""", [("S1405", GD, "2025-10-02", "Otter header; Maya Castillo not Maya Thornton (T1401)"),
      ("S1406", GD, "2025-10-02", "'Dom Ferraro' nickname in speaker label"),
      ("S1407", GD, "2025-10-02", ""), ("S1408", GD, "2025-10-02", "")],
  [("S1405", "CF", "P", "We put in four spoons of salt and it floated, so our prediction was wrong, and I think that's fine, we just write down why."),
   ("S1405", "CR", "P", "What if we try it with sugar too? Like does sugar water do the same thing or is it only salt?"),
   ("S1406", "RD", "E", "No it's not fine, we're gonna lose points. Just change the prediction. Nobody will know."),
   ("S1406", "CL", "E", "Fine. Whatever. Harper can write it, I'm not writing it."),
   ("S1407", "RD", "A", "Dom, that's like lying on a lab though. Mr. W said the prediction doesn't have to be right."),
   ("S1407", "RS", "P", "We're on step six. Here, I'll point to it."),
   ("S1408", "WM", "E", "Wait what step are we on? I thought we were still measuring the water.")])

D("scan_0107.pdf", "T1402", "pdf", [
    ("h", "Teacher Observation - Science 7"),
    ("p", "Student: T. Lindqvist      Date: 11/13/25      Block 4"),
    ("p", "Activity: build-a-circuit stations (4 stations, 8 minutes each, written task cards)."),
    ("p", "Theo left his task card at station 1 and spent most of station 2 asking others what to do."),
    ("p", "His materials bin was missing the battery holder by station 3 and he did not notice until the end."),
    ("p", "When the station timer went off he kept working on the bulb at station 3 and did not want to move on."),
    ("p", "To be fair to Theo, he said \"I get it when I can see it, I just can't remember the card.\" That is a good insight."),
    ("p", "Working Memory: Emerging"),
    ("p", "Organization: Emerging"),
    ("p", "Plan: task card clipped to his lanyard; buddy check at each rotation."),
], [("S1408", OB, "2025-11-13", "surname + initial only; date m/d/yy")],
  [("S1408", "WM", "E", "Theo left his task card at station 1 and spent most of station 2 asking others what to do."),
   ("S1408", "OR", "E", "His materials bin was missing the battery holder by station 3 and he did not notice until the end."),
   ("S1408", "CF", "E", "When the station timer went off he kept working on the bulb at station 3 and did not want to move on."),
   ("S1408", "SA", "P", "I get it when I can see it, I just can't remember the card.")],
  created="2025-11-14T07:50:00", title="scan_0107")

D("harper_journal.md", "T1402", "txt", """# Science Journal

*Harper N. -- Wednesday, 3 December 2025*

## What went well this week
I finished my ecosystem poster two days early because I made a plan on Sunday with each part on a different day, and I left Thursday empty just in case something went wrong. Something did go wrong (the printer) so I was glad I had the extra day.

## What was hard
Working with Dom is hard sometimes. He doesn't really listen when I explain my ideas, and I used to just do everything myself so we wouldn't argue. This time I asked him what part he wanted and he picked the food web and he actually did a good job on it.

## Something I learned
I looked up whether wolves really changed the rivers in Yellowstone like the video said. Some scientists say it is more complicated and the elk and the beavers and the weather all matter, so I don't think the video was totally right.
""", [("S1407", RJ, "2025-12-03", "markdown; date in italic byline with weekday")],
  [("S1407", "PP", "A", "I made a plan on Sunday with each part on a different day, and I left Thursday empty just in case something went wrong."),
   ("S1407", "CL", "P", "This time I asked him what part he wanted and he picked the food web and he actually did a good job on it."),
   ("S1407", "CT", "A", "Some scientists say it is more complicated and the elk and the beavers and the weather all matter, so I don't think the video was totally right."),
   ("S1407", "SA", "D", "I used to just do everything myself so we wouldn't argue.")])

D("castillo.eml", "T1402", "eml", dict(
    headers=[("From", "Ines Castillo <ines.castillo77@yahoo.com>"),
             ("To", "Tomasz Wierzbicki <twierzbicki@cedarhollowms.org>"),
             ("Subject", "Maya science fair question"),
             ("Date", "Mon, 12 Jan 2026 21:05:44 -0600"),
             ("Message-ID", "<castillo.20260112.2105@yahoo.com>")],
    text="""Hello Mr. Wierzbicki,

Maya asked me to write to you because she is shy about asking herself. She wants to change her science fair project from plants and music to something about the water filter her tío built in Oaxaca, because she says more people need to know that a lot of families there still can't drink the tap water. She already found three articles and a video and she wrote down where each one came from.

I am proud of her but I also want to be sure she is not starting over too late. She said she made a new schedule with the days left and she thinks she can do it if she works on it every weekend.

She does not like to talk in front of people, she told me she gets so nervous that she forgets her words. Maybe she can practice with you before the fair?

Thank you,
Inés Castillo
"""), [("S1405", PN, "2026-01-12", "quoted-printable body (accents)")],
  [("S1405", "GA", "A", "she says more people need to know that a lot of families there still can't drink the tap water."),
   ("S1405", "DL", "P", "She already found three articles and a video and she wrote down where each one came from."),
   ("S1405", "PP", "P", "She said she made a new schedule with the days left and she thinks she can do it if she works on it every weekend."),
   ("S1405", "CO", "E", "She does not like to talk in front of people, she told me she gets so nervous that she forgets her words.")],
  qp=True)

D("Peer review - egg drop.docx", "T1402", "docx", [
    ("h1", "Egg Drop Peer Review"),
    ("p", "Date: 1/29/2026"),
    ("p", "Reviewer: Dom Ferraro"),
    ("p", "Designer: Harper Nguyen"),
    ("table", [["Criteria", "Comments"],
               ["Design", "Harper used straws in a triangle shape because she said triangles are stronger, and she tested it three times from the desk before the real drop."],
               ["Teamwork", "She let me try my parachute idea even though she didn't think it would work, and it kind of did."],
               ["What to fix", "The tape came off on the second try, use more tape."]]),
    ("p", "Collaboration: Proficient"),
], [("S1407", PF, "2026-01-29", "subject"), ("S1406", PF, "2026-01-29", "reviewer (writer)")],
  [("S1407", "CR", "P", "Harper used straws in a triangle shape because she said triangles are stronger, and she tested it three times from the desk before the real drop."),
   ("S1407", "CL", "A", "She let me try my parachute idea even though she didn't think it would work, and it kind of did.")],
  created="2026-01-29T13:00:00", author="Dom F")

D("zoom_tutoring_0219.txt", "T1402", "txt", """Zoom Meeting Transcript - After-school science help
Date: February 19, 2026

[00:00:04] Tomasz Wierzbicki: Harper, thanks for helping Theo with the cell diagram. I'll be in the breakout room if you need me.
[00:00:12] Harper Nguyen: Okay Theo, so don't try to memorize all of them at once. Pick three. Nucleus, membrane, mitochondria.
[00:00:21] Theo Lindqvist: Okay. Nucleus is like the boss. Membrane is the door. Mitochondria is... the power thing.
[00:00:30] Harper Nguyen: Yes! Now cover the list and tell me again but in a different order.
[00:00:38] Theo Lindqvist: Membrane door, nucleus boss, mitochondria power. I made a sticky note for each one on my wall at home, that's why.
[00:00:47] Harper Nguyen: That's actually smart. Last month you couldn't remember any of them.
[00:00:52] Theo Lindqvist: Yeah I'm better now. I write stuff down right away instead of waiting.
[00:01:01] Harper Nguyen: You want to do vacuoles next or take a break?
[00:01:05] Theo Lindqvist: Vacuoles. I don't want to stop yet, I'm on a roll.
""", [("S1407", PT, "2026-02-19", "tutor"), ("S1408", PT, "2026-02-19", "tutee")],
  [("S1407", "RS", "A", "Yes! Now cover the list and tell me again but in a different order."),
   ("S1407", "CO", "P", "Okay Theo, so don't try to memorize all of them at once. Pick three."),
   ("S1408", "OR", "P", "I made a sticky note for each one on my wall at home, that's why."),
   ("S1408", "WM", "D", "Yeah I'm better now. I write stuff down right away instead of waiting."),
   ("S1408", "TI", "P", "Vacuoles. I don't want to stop yet, I'm on a roll.")])

D("notes.txt", "T1402", "txt", """Wierzbicki \u2013 quick notes, March 9th

Dom \u2013 During the rock cycle debate he shouted \u201cthat\u2019s dumb\u201d at Maya C. twice and I had to move him. Later he came to me on his own and said \u201cI was mad because I was losing, not because of her.\u201d He apologized to her before the bell.

Maya C. \u2013 Asked to present her group\u2019s side even though she was nervous. She used her index cards and spoke loud enough for the back row. Big step for her.

Theo \u2013 absent.

Harper \u2013 Noticed Maya was shaking and quietly offered to hold the poster so Maya could use both hands for her cards.
""", [("S1406", OB, "2026-03-09", "cp1252 with curly quotes/en dashes; several students; date 'March 9th' no year"),
      ("S1405", OB, "2026-03-09", ""), ("S1407", OB, "2026-03-09", "Theo absent: no row")],
  [("S1406", "IC", "E", "During the rock cycle debate he shouted \u201cthat\u2019s dumb\u201d at Maya C. twice and I had to move him."),
   ("S1406", "RS", "D", "He apologized to her before the bell."),
   ("S1406", "SA", "P", "I was mad because I was losing, not because of her."),
   ("S1405", "CO", "D", "She used her index cards and spoke loud enough for the back row."),
   ("S1407", "SO", "A", "Noticed Maya was shaking and quietly offered to hold the poster so Maya could use both hands for her cards.")],
  encoding="cp1252")


# ---------------------------------------------------------------- T1403 Halvorsen, grade 8 social studies
D("Teams_Meeting_Transcript.docx", "T1403", "docx", [
    ("h1", "Socratic Seminar - Period 5"),
    ("p", "Meeting started: 9/30/2025, 1:02:17 PM"),
    ("p", "Halvorsen, Lena   0:05"),
    ("p", "Our question today: should the voting age be lowered to sixteen? Zainab, start us off."),
    ("p", "Zainab Yusuf   0:14"),
    ("p", "I think yes, but only for local elections first. Like school board, because that affects us the most. My cousin in Scotland can vote at sixteen and she says most of her friends actually did."),
    ("p", "Caleb Marsh   0:31"),
    ("p", "That's dumb, sixteen year olds don't know anything. My brother is sixteen and he can't even do his own laundry."),
    ("p", "Rosalind Ortiz   0:40"),
    ("p", "Caleb, you can say you disagree without calling it dumb. But I kind of see what he means, some people would just vote for whoever their parents say."),
    ("p", "Kofi Asante   0:55"),
    ("p", "Adults do that too though. I read that people mostly vote like their parents no matter how old they are. So that's not a reason only for teenagers."),
    ("p", "Caleb Marsh   1:09"),
    ("p", "Okay, okay. I didn't think of it like that. I still don't think it's a good idea, but fine."),
    ("p", "Halvorsen, Lena   1:15"),
    ("p", "Roz, can you sum up where we are?"),
    ("p", "Rosalind Ortiz   1:19"),
    ("p", "So Zee and Kofi are for it, Caleb is against, and I'm in the middle. Maybe we all agree it should be tested somewhere first?"),
    ("p", "Meeting ended: 9/30/2025, 1:40:02 PM"),
], [("S1409", GD, "2025-09-30", "Teams style: 'Surname, First' teacher label"), ("S1410", GD, "2025-09-30", ""),
    ("S1411", GD, "2025-09-30", ""), ("S1412", GD, "2025-09-30", "")],
  [("S1409", "GA", "P", "My cousin in Scotland can vote at sixteen and she says most of her friends actually did."),
   ("S1409", "CT", "P", "I think yes, but only for local elections first. Like school board, because that affects us the most."),
   ("S1410", "RS", "E", "That's dumb, sixteen year olds don't know anything."),
   ("S1410", "CF", "D", "Okay, okay. I didn't think of it like that. I still don't think it's a good idea, but fine."),
   ("S1411", "SO", "A", "Caleb, you can say you disagree without calling it dumb. But I kind of see what he means, some people would just vote for whoever their parents say."),
   ("S1411", "CL", "A", "So Zee and Kofi are for it, Caleb is against, and I'm in the middle. Maybe we all agree it should be tested somewhere first?"),
   ("S1412", "CT", "A", "Adults do that too though. I read that people mostly vote like their parents no matter how old they are.")],
  created="2025-09-30T13:45:00", author="Microsoft Teams")

D("Reflection 2.pdf", "T1403", "pdf", [
    ("h", "Unit 2 Reflection: Industrial Revolution"),
    ("p", "Kofi Asante - Oct. 28, 2025"),
    ("b", "How did you manage your time on the factory project?"),
    ("p", "Honestly not good. I waited until the night before to start the poster because I thought it would be easy. I was up until 11 and my mom was mad."),
    ("b", "What would you change?"),
    ("p", "Next time I will start the weekend before and do the research part first because that took the longest. I put a reminder in my phone for the next project already."),
    ("b", "What did you learn about the topic?"),
    ("p", "I didn't know kids our age worked in factories for 12 hours. Some countries still have kids making clothes, like the shirts we buy. I checked the tag on my hoodie and it was made in Bangladesh, so now I want to find out if the company uses child labor."),
], [("S1412", RJ, "2025-10-28", "")],
  [("S1412", "TI", "E", "I waited until the night before to start the poster because I thought it would be easy."),
   ("S1412", "PP", "D", "Next time I will start the weekend before and do the research part first because that took the longest."),
   ("S1412", "GA", "A", "I checked the tag on my hoodie and it was made in Bangladesh, so now I want to find out if the company uses child labor.")],
  created="2025-10-28T20:10:00", title="Reflection 2")

D("Re_ Caleb missing work.eml", "T1403", "eml", dict(
    headers=[("From", "Jason Marsh <jmarsh@marshplumbing.com>"),
             ("To", "Lena Halvorsen <lhalvorsen@cedarhollowms.org>"),
             ("Subject", "RE: Caleb - missing assignments"),
             ("Date", "Wed, 19 Nov 2025 06:48:02 -0600"),
             ("Message-ID", "<marsh.20251119@marshplumbing.com>")],
    text="""Mrs. Halvorsen,

Thanks for the list. I went through his backpack last night and found two of the worksheets crumpled at the bottom, finished but never turned in. His locker is the same, papers everywhere.

When I asked him about it he blamed the teachers for not reminding him. He gets angry fast when he's embarrassed and he slammed his door.

This morning he came down and said he was sorry and asked if I could help him set up a folder for each class. So maybe we are getting somewhere.

Jason Marsh
"""), [("S1410", PN, "2025-11-19", "RE: subject, no quoted text")],
  [("S1410", "OR", "E", "I went through his backpack last night and found two of the worksheets crumpled at the bottom, finished but never turned in."),
   ("S1410", "SA", "E", "When I asked him about it he blamed the teachers for not reminding him."),
   ("S1410", "SM", "E", "He gets angry fast when he's embarrassed and he slammed his door."),
   ("S1410", "RS", "D", "This morning he came down and said he was sorry and asked if I could help him set up a folder for each class.")])

D("observation_roz_2026-01-22.txt", "T1403", "txt", """OBSERVATION NOTE
Teacher: L. Halvorsen
Student: Rosalind "Roz" Ortiz
Date: 2026-01-22
Setting: Civil Rights research stations, Chromebooks

Roz found a photo on a website that said it showed the Selma march. She ran a reverse image search on her own and found it was actually from a different march in 1963, then told her group and showed them how to do it.

She also noticed that Kofi had been quiet and pulled him in by asking him to read the source out loud.

Digital Literacy: Advanced
Relationship Skills: Proficient

Follow-up: ask Roz to demo reverse image search to the class on Monday.
""", [("S1411", OB, "2026-01-22", "ISO date; CRLF; Kofi only mentioned (no row)")],
  [("S1411", "DL", "A", "She ran a reverse image search on her own and found it was actually from a different march in 1963, then told her group and showed them how to do it."),
   ("S1411", "RS", "P", "She also noticed that Kofi had been quiet and pulled him in by asking him to read the source out loud.")],
  eol="crlf")

D("UN Model presentation.docx", "T1403", "docx", [
    ("h1", "Model UN Presentation \u2014 Zainab Yusuf (Kenya delegation)"),
    ("p", "Recorded 2/24/2026, transcribed by Mrs. H"),
    ("sp", "Zainab", "Good morning delegates. Kenya is asking the council to fund more solar water pumps in rural areas. Right now women and girls in some villages walk more than two hours a day for water, and that means girls miss school."),
    ("sp", "Zainab", "I know some of you think this is too expensive, so I looked at three different plans and compared the costs. The cheapest one is actually the solar one, because you don't have to buy fuel after you build it."),
    ("sp", "Caleb", "But who pays to fix them when they break?"),
    ("sp", "Zainab", "That's fair. I didn't have that in my speech. I think we could train people in the village to fix them, so it's jobs too. I'll add that to our resolution."),
    ("sp", "Kofi", "Can I co-sponsor? Ghana has the same problem in the north."),
    ("sp", "Zainab", "Yes! Come sit with us after, we can write the amendment together."),
    ("h2", "Teacher comments"),
    ("p", "Zee spoke without reading from her notes and made eye contact with every table. Communication: Advanced."),
], [("S1409", PR, "2026-02-24", "presenter"), ("S1410", PR, "2026-02-24", "question"), ("S1412", PR, "2026-02-24", "question")],
  [("S1409", "GA", "A", "Right now women and girls in some villages walk more than two hours a day for water, and that means girls miss school."),
   ("S1409", "CT", "A", "I know some of you think this is too expensive, so I looked at three different plans and compared the costs."),
   ("S1409", "CF", "P", "That's fair. I didn't have that in my speech. I think we could train people in the village to fix them, so it's jobs too."),
   ("S1409", "CL", "P", "Yes! Come sit with us after, we can write the amendment together."),
   ("S1409", "CO", "P", "Good morning delegates. Kenya is asking the council to fund more solar water pumps in rural areas."),
   ("S1410", "CT", "D", "But who pays to fix them when they break?"),
   ("S1412", "GA", "P", "Can I co-sponsor? Ghana has the same problem in the north.")],
  created="2026-02-25T10:00:00", author="lhalvorsen")

D("untitled.txt", "T1403", "txt", """Name: ______________     Period: ___

Exit slip - what is one thing you would do differently on the DBQ?

i would read all the documents first before i start writing because i kept going back and changing my thesis. also i should not of been on my phone under the desk lol
""", [("ASK", "", "", "blank name, no date: unattributable")], [])

D("peer_feedback_kofi.md", "T1403", "txt", """## Peer Feedback: Immigration Podcast

- Reviewer: Roz Ortiz
- Podcast by: Kofi Asante
- Date: April 14th, 2026

**Two stars:**

1. Kofi interviewed his uncle about moving from Kumasi to Ohio and asked really good follow-up questions instead of just reading his list.
2. He cut out the parts where they got off topic so the podcast stayed under five minutes like the rubric said.

**A wish:**

Kofi told me he wasn't going to add music because he couldn't figure out the editing app, but I think he should ask Caleb, he's good at that.
""", [("S1412", PF, "2026-04-14", "subject"), ("S1411", PF, "2026-04-14", "reviewer"),
      ],
  [("S1412", "CO", "P", "Kofi interviewed his uncle about moving from Kumasi to Ohio and asked really good follow-up questions instead of just reading his list."),
   ("S1412", "DL", "D", "Kofi told me he wasn't going to add music because he couldn't figure out the editing app"),
   ("S1412", "PP", "P", "He cut out the parts where they got off topic so the podcast stayed under five minutes like the rubric said.")])


# ---------------------------------------------------------------- T1404 Quintero, grade 7 math
D("GMT20251015-Meet transcript.txt", "T1404", "txt", """Math 7 - ratio tables group (Transcript)
Attendees: Rafael Quintero, Isabel Moreno, Marcus Bell, Noor Haddad, Elijah Kim
Oct 15, 2025

00:00:02
Rafael Quintero: You have the recipe problem. Twelve cookies need three eggs. How many eggs for thirty cookies? Go.

00:00:09
Marcus Bell: Ten. No wait. Seven? I just guessed. Can we skip this one?

00:00:15
Isabel Moreno: We can't skip, it's the whole task. Marcus, look, if twelve is three then six is one and a half.

00:00:24
Noor Haddad: Or you can do it a different way, like thirty divided by twelve is two point five, times three.

00:00:31
Elijah Kim: Both ways get seven point five. So it's seven and a half eggs, which is kind of weird because you can't have half an egg.

00:00:39
Marcus Bell: See, so my seven was close.

00:00:42
Noor Haddad: It was close! But you have to show how you got it or Mr. Q won't count it. Want me to write the table and you fill in the numbers?

00:00:50
Marcus Bell: Okay. I'll do the numbers.

00:00:53
Elijah Kim: Can I say something? In real life you would just use eight eggs or make more cookies. Maybe we should write that too.
""", [("S1413", GD, "2025-10-15", "Meet style; 'Elijah Kim' (EJ) not Elijah Brooks (T1401)"),
      ("S1414", GD, "2025-10-15", ""), ("S1415", GD, "2025-10-15", ""), ("S1416", GD, "2025-10-15", "")],
  [("S1414", "TI", "E", "Ten. No wait. Seven? I just guessed. Can we skip this one?"),
   ("S1413", "SM", "P", "We can't skip, it's the whole task."),
   ("S1415", "CF", "P", "Or you can do it a different way, like thirty divided by twelve is two point five, times three."),
   ("S1415", "CL", "P", "Want me to write the table and you fill in the numbers?"),
   ("S1416", "CT", "P", "Both ways get seven point five. So it's seven and a half eggs, which is kind of weird because you can't have half an egg."),
   ("S1416", "CR", "A", "In real life you would just use eight eggs or make more cookies. Maybe we should write that too.")])

D("week notes.docx", "T1404", "docx", [
    ("h1", "Math 7 \u2014 weekly notes"),
    ("p", "Week of Nov. 17"),
    ("table", [["Student", "Notes", "Skill / level"],
               ["Isabel (Izzy)", "Izzy keeps a color-coded binder with tabs for notes, homework, and quizzes, and she showed Marcus how to set one up.", "Organization: Advanced"],
               ["Marcus", "Marcus turned in zero of four homework assignments and said he didn't know there was homework.", "Planning & Prioritization: Emerging"],
               ["Noor", "Noor finished the quiz early and sat quietly reading instead of talking, even when her friends were whispering.", "Inhibitory Control: Proficient"],
               ["EJ", "EJ rushed through the problem set and made careless errors, then argued that the answer key was wrong.", "Critical Thinking: Emerging"]]),
], [("S1413", OB, "2025-11-17", "table of four; 'Week of' -> Monday"), ("S1414", OB, "2025-11-17", ""),
    ("S1415", OB, "2025-11-17", ""), ("S1416", OB, "2025-11-17", "")],
  [("S1413", "OR", "A", "Izzy keeps a color-coded binder with tabs for notes, homework, and quizzes, and she showed Marcus how to set one up."),
   ("S1414", "PP", "E", "Marcus turned in zero of four homework assignments and said he didn't know there was homework."),
   ("S1415", "IC", "P", "Noor finished the quiz early and sat quietly reading instead of talking, even when her friends were whispering."),
   ("S1416", "IC", "E", "EJ rushed through the problem set and made careless errors, then argued that the answer key was wrong.")],
  created="2025-11-21T15:30:00", author="Rafael Quintero")

D("EJ_journal.txt", "T1404", "txt", """EJ Kim
Math journal   Jan 8

Before break I used to get mad when I got a problem wrong and I would just erase everything. Now I try to find where the mistake is first. Today I found it in step 2, I multiplied instead of divided.

I still rush sometimes. When I see the timer I want to go fast. Mr. Q says slow is smooth and smooth is fast. I think I'm getting it.

Izzy helped me with the percent problems. She didn't just give me the answer, she made me do it.
""", [("S1416", RJ, "2026-01-08", "date 'Jan 8' no year (after break -> 2026)")],
  [("S1416", "SM", "P", "Now I try to find where the mistake is first. Today I found it in step 2, I multiplied instead of divided."),
   ("S1416", "IC", "D", "I still rush sometimes. When I see the timer I want to go fast."),
   ("S1416", "SA", "P", "Before break I used to get mad when I got a problem wrong and I would just erase everything.")])

D("Noor - parent email.eml", "T1404", "eml", dict(
    headers=[("From", "Rami Haddad <rami.haddad@outlook.com>"),
             ("To", "Rafael Quintero <rquintero@cedarhollowms.org>"),
             ("Cc", "Lena Halvorsen <lhalvorsen@cedarhollowms.org>"),
             ("Subject", "Noor - tutoring her cousin"),
             ("Date", "Sat, 07 Feb 2026 10:22:51 -0600"),
             ("Message-ID", "<haddad.20260207@outlook.com>")],
    text="""Dear Mr. Quintero,

I wanted you to know that Noor has been tutoring her younger cousin in fractions every Saturday. She made her own worksheets on Google Slides and even recorded short videos so he can watch them during the week.

She told us that she learned this from your class, breaking big problems into small steps. She is very patient with him, even when he gets upset and wants to quit.

We are very proud of her.

Best regards,
Rami Haddad
"""), [("S1415", PN, "2026-02-07", "Cc another teacher; only T1404 rows")],
  [("S1415", "TI", "A", "Noor has been tutoring her younger cousin in fractions every Saturday."),
   ("S1415", "DL", "P", "She made her own worksheets on Google Slides and even recorded short videos so he can watch them during the week."),
   ("S1415", "RS", "A", "She is very patient with him, even when he gets upset and wants to quit.")])

D("scan_0213.pdf", "T1404", "pdf", [
    ("h", "Observation - Marcus Bell"),
    ("p", "March 3, 2026 - Period 6 Math"),
    ("p", "Marcus started the warm-up before the bell without being told, which is new this month."),
    ("p", "He asked Izzy to check his work and then fixed two errors himself."),
    ("p", "During partner work he let Noor explain her method fully before he said \"I did it another way, can I show you?\""),
    ("p", "When the fire drill interrupted the lesson, he came back and found his place on the worksheet without help."),
    ("p", "Task Initiation: Proficient    Collaboration: Developing"),
], [("S1414", OB, "2026-03-03", "generic scan name")],
  [("S1414", "TI", "P", "Marcus started the warm-up before the bell without being told, which is new this month."),
   ("S1414", "CL", "D", "I did it another way, can I show you?"),
   ("S1414", "CF", "D", "When the fire drill interrupted the lesson, he came back and found his place on the worksheet without help."),
   ("S1414", "SA", "D", "He asked Izzy to check his work and then fixed two errors himself.")],
  created="2026-03-04T08:00:00", title="scan_0213")

D("presentation_Moreno.pdf", "T1404", "pdf", [
    ("h", "Project Presentation Transcript - Budget a Field Trip"),
    ("p", "Presenter: Isabel Moreno      Date: 04/22/2026"),
    ("p", "ISABEL: Our class has 28 students and the budget is 600 dollars. I compared three places: the science museum, the aquarium, and the state park."),
    ("p", "ISABEL: The aquarium was my favorite but it was 26 dollars a person, so it's 728 dollars, and that's over. So I picked the state park and we still have 112 dollars left for the bus."),
    ("p", "ISABEL: My backup plan is if it rains, the science museum has a group rate on weekdays, so we can switch without going over."),
    ("p", "MARCUS: Did you count the teachers?"),
    ("p", "ISABEL: Oh. No, I didn't. That's a good catch. Teachers are free at the park but not at the museum, so I'll redo the backup."),
    ("p", "EJ: I think you should make a graph for the costs, it's easier to see than the table."),
    ("p", "ISABEL: Okay, I can do a bar graph in Sheets tonight."),
], [("S1413", PR, "2026-04-22", "presenter"), ("S1414", PR, "2026-04-22", "question"), ("S1416", PR, "2026-04-22", "suggestion")],
  [("S1413", "PP", "A", "My backup plan is if it rains, the science museum has a group rate on weekdays, so we can switch without going over."),
   ("S1413", "RD", "P", "The aquarium was my favorite but it was 26 dollars a person, so it's 728 dollars, and that's over."),
   ("S1413", "CF", "P", "Oh. No, I didn't. That's a good catch. Teachers are free at the park but not at the museum, so I'll redo the backup."),
   ("S1414", "CT", "P", "Did you count the teachers?"),
   ("S1416", "CO", "D", "I think you should make a graph for the costs, it's easier to see than the table.")],
  created="2026-04-22T14:00:00", title="Presentation")

D("IMG_2291 transcription.txt", "T1404", "txt", """transcribed from handwritten reflection (photo IMG_2291)
Marcus B.     5/14/26

I didnt think I was a math person in the fall. I would just put my head down. Now I start the warm up first thing and I dont need Mr Q to tell me. I still forget my homework sometimes but I write it on my hand now lol.

Noor and Izzy help me but I helped Izzy on the last test review too so thats cool.
""", [("S1414", RJ, "2026-05-14", "teacher transcription of handwriting; no apostrophes")],
  [("S1414", "TI", "P", "Now I start the warm up first thing and I dont need Mr Q to tell me."),
   ("S1414", "OR", "D", "I still forget my homework sometimes but I write it on my hand now lol."),
   ("S1414", "SA", "P", "I didnt think I was a math person in the fall. I would just put my head down.")])


# ---------------------------------------------------------------- later additions, all teachers
D("halvorsen_obs_Dec.docx", "T1403", "docx", [
    ("h1", "Observation Note"),
    ("table", [["Student", "Zainab Yusuf (Zee)"], ["Date", "Tuesday 12/9"], ["Class", "SS 8, period 5"]]),
    ("h2", "What I saw"),
    ("p", "Zee's group could not agree on which amendment to present, and two of them started arguing loudly."),
    ("p", "Zee suggested they each write their top choice on a sticky note and then vote, and she accepted it when her choice lost."),
    ("p", "Afterwards she told me, \u201cI really wanted the Fourth Amendment but it's not fair if I just decide for everybody.\u201d"),
    ("p", "Later she was frustrated by a low quiz score and took a breath, put her head down for a second, and then asked to see what she missed."),
    ("h2", "Ratings"),
    ("p", "Relationship Skills: Advanced"),
    ("p", "Self-Management: Proficient"),
], [("S1409", OB, "2025-12-09", "table header block; weekday + m/d")],
  [("S1409", "RS", "A", "Zee suggested they each write their top choice on a sticky note and then vote, and she accepted it when her choice lost."),
   ("S1409", "RD", "P", "I really wanted the Fourth Amendment but it's not fair if I just decide for everybody."),
   ("S1409", "SM", "P", "Later she was frustrated by a low quiz score and took a breath, put her head down for a second, and then asked to see what she missed.")],
  created="2025-12-09T15:45:00", author="Lena Halvorsen")

D("Tutoring - Izzy and EJ.txt", "T1404", "txt", """Otter.ai transcript
Title: Izzy tutoring EJ - proportions
Recorded 3-17-2026

Isabel Moreno  00:00
So EJ, last time you kept mixing up which number goes on top. Let's do one slow.

Elijah Kim  00:06
Okay but I already know this, I just mess up when I go fast.

Isabel Moreno  00:10
Then don't go fast. Read it to me first.

Elijah Kim  00:13
Five notebooks cost eight dollars. How much for fifteen. So fifteen is three times five, so it's three times eight, twenty-four.

Isabel Moreno  00:22
See! You did it. Now make up one for me, a hard one.

Elijah Kim  00:26
Okay, if a car goes 90 miles in an hour and a half, how far in 40 minutes? Ha.

Isabel Moreno  00:33
Oh no. Okay, um, I'd change it to miles per minute first. That's one mile a minute, so forty miles.

Rafael Quintero  00:41
Nice work, both of you. EJ, that was a tricky problem to write.
""", [("S1413", PT, "2026-03-17", "tutor; m-d-yyyy with dashes"), ("S1416", PT, "2026-03-17", "tutee")],
  [("S1413", "RS", "P", "See! You did it. Now make up one for me, a hard one."),
   ("S1413", "CT", "A", "Oh no. Okay, um, I'd change it to miles per minute first. That's one mile a minute, so forty miles."),
   ("S1416", "SA", "D", "Okay but I already know this, I just mess up when I go fast."),
   ("S1416", "WM", "P", "So fifteen is three times five, so it's three times eight, twenty-four."),
   ("S1416", "CR", "P", "Okay, if a car goes 90 miles in an hour and a half, how far in 40 minutes?")])

D("Dom_reflection.pdf", "T1402", "pdf", [
    ("h", "Quarter 3 Self-Reflection"),
    ("p", "Name: Dominic F.         Date: April 2nd 2026"),
    ("b", "How have you changed as a lab partner?"),
    ("p", "At the start of the year I didn't want to do anything in my group and I would just let Harper do it or I would argue. Now I take a job every lab. Last lab I was the timer and the recorder."),
    ("b", "What do you still need to work on?"),
    ("p", "When I get mad I still say stuff without thinking. I'm trying to count to five first. It works like half the time."),
    ("b", "Anything else?"),
    ("p", "I think Theo is getting way better at science, he remembered all the steps in the last lab without asking anybody."),
], [("S1406", RJ, "2026-04-02", "talks about Harper and Theo (no rows for them)")],
  [("S1406", "CL", "D", "Now I take a job every lab. Last lab I was the timer and the recorder."),
   ("S1406", "SM", "D", "When I get mad I still say stuff without thinking. I'm trying to count to five first. It works like half the time."),
   ("S1406", "SA", "P", "At the start of the year I didn't want to do anything in my group and I would just let Harper do it or I would argue.")],
  created="2026-04-02T11:00:00", title="Q3 Reflection")

D("Caleb self-assessment.docx", "T1403", "docx", [
    ("h1", "End of Year Self-Assessment"),
    ("p", "Caleb Marsh \u2014 June 1, 2026"),
    ("table", [["Skill", "My rating", "Why"],
               ["Organization", "Developing", "I have a folder for every class now because my dad helped me. I still have to clean out my locker every Friday or it gets bad again."],
               ["Relationship Skills", "Developing", "I don't call people's ideas dumb anymore. I say I disagree and why."],
               ["Critical Thinking", "Proficient", "In the Model UN I asked who pays to fix the pumps and Zee said it was a good question. I like finding the hole in an argument."]]),
    ("p", "Goal for 9th grade: not leave projects until the last week."),
], [("S1410", RJ, "2026-06-01", "student's own rating column is not a quote")],
  [("S1410", "OR", "D", "I have a folder for every class now because my dad helped me."),
   ("S1410", "RS", "P", "I don't call people's ideas dumb anymore. I say I disagree and why."),
   ("S1410", "CT", "P", "I like finding the hole in an argument.")])

D("Bell family note.txt", "T1404", "txt", """10-3-25

Mr. Quintero,

Marcus says he does not have math homework, every night. I don't believe him. Last night I found a worksheet in his hoodie pocket. He says math is "pointless" and he will never use it.

He does like building with his grandpa on weekends and measures all the wood himself, so I know he can do it. Can you send me the homework list?

Thank you,
Tanya Bell
""", [("S1414", PN, "2025-10-03", "handwritten note retyped; m-d-yy")],
  [("S1414", "TI", "E", "Marcus says he does not have math homework, every night."),
   ("S1414", "OR", "E", "Last night I found a worksheet in his hoodie pocket.")])
