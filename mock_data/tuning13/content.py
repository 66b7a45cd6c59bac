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
