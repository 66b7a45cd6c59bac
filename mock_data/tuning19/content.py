# -*- coding: utf-8 -*-
"""All text for the Aoraki Ridge College (junior years) blind evaluation set.
Everyone and everything here is fictional."""

SCHOOL = "Aoraki Ridge College (junior years)"
YEAR_START, YEAR_END = "2026-02-02", "2026-12-11"

TEACHERS = [
    ("T2001", "Aroha Kereama", "a.kereama@aorakiridge.school.nz", "U07ARC2001"),
    ("T2002", "Callum Fraser", "c.fraser@aorakiridge.school.nz", "U07ARC2002"),
    ("T2003", "Priya Naidoo", "p.naidoo@aorakiridge.school.nz", "U07ARC2003"),
    ("T2004", "Sione Latu", "s.latu@aorakiridge.school.nz", "U07ARC2004"),
]

# id, name, grade, teacher, nickname
STUDENTS = [
    ("S2001", "Manaia Tipene", "7", "T2001", "Nai"),
    ("S2002", "Isla Brennan", "7", "T2001", ""),
    ("S2003", "Jack Whitlow", "7", "T2001", ""),
    ("S2004", "Ruby Hohaia", "7", "T2001", "Rubes"),
    ("S2005", "Jack Te Amo", "7", "T2002", "JT"),
    ("S2006", "Olivia Park", "7", "T2002", "Liv"),
    ("S2007", "Finn McAllister", "7", "T2002", ""),
    ("S2008", "Anahera Wihongi", "7", "T2002", "Ana"),
    ("S2009", "Lachlan Reid", "8", "T2003", "Lachie"),
    ("S2010", "Mei Lin Zhou", "8", "T2003", ""),
    ("S2011", "Hemi Potae", "8", "T2003", ""),
    ("S2012", "Grace Faleolo", "8", "T2003", ""),
    ("S2013", "Noah Kingi", "8", "T2004", ""),
    ("S2014", "Charlotte Drummond", "8", "T2004", "Charlie"),
    ("S2015", "Isla Marsden", "8", "T2004", ""),
    ("S2016", "Tevita Fonua", "8", "T2004", ""),
]

# entry types
GD = "group_discussion_transcript"
PT = "peer_tutoring_transcript"
PR = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
OB = "teacher_observation_note"
PN = "parent_note"

# skills
SA = "Self-Awareness"; SM = "Self-Management"; SOC = "Social Awareness"
REL = "Relationship Skills"; RDM = "Responsible Decision-Making"
WM = "Working Memory"; IC = "Inhibitory Control"; CF = "Cognitive Flexibility"
PLAN = "Planning & Prioritization"; ORG = "Organization"; TI = "Task Initiation"
CT = "Critical Thinking"; COM = "Communication"; COL = "Collaboration"
CRE = "Creativity & Innovation"; DL = "Digital Literacy"; GA = "Global Awareness"
E, D, P, A = "Emerging", "Developing", "Proficient", "Advanced"

DOCS = []


def doc(name, teacher, body, truth, labels, **meta):
    DOCS.append(dict(name=name, teacher=teacher, body=body, truth=truth,
                     labels=labels, meta=meta))


# ---------------------------------------------------------------- T2001 Kereama
doc("Exit ticket.docx", "T2001", """# Exit ticket - Social Studies
**Class:** 7K (Ms Kereama)
**Date:** 10/2/26
**Name:** Manaia T
|Question|My answer|
|How did you feel about sharing in the circle today?|I dunno. It was fine I guess. I didn't say anything because everyone was looking.|
|What is one thing you want to get better at this term?|Talking in front of people without my face going red.|
|What would help you?|If I could write it down first and read it maybe.|
Thanks Manaia - writing it first is a great idea, let's try it Thursday. - AK
""", [("S2001", RJ, "2026-02-10", "exit ticket; teacher reply at bottom")],
    [("S2001", COM, E, "I didn't say anything because everyone was looking."),
     ("S2001", SA, D, "Talking in front of people without my face going red.")],
    title="Exit ticket 10/2", author="Aroha Kereama")

doc("notes tues.txt", "T2001", """tues 17/2 - period 3 maths, 7K

Jack W - called out answers 5 or 6 times before I'd finished the question. Moved him
to the front table after morning tea; settled for about ten minutes then was up
sharpening a pencil that didn't need it. Not being rude, just can't seem to hold it in.
Knocked Ruby's ruler off twice, said sorry both times.

Ruby - finished the pattern task early and on her own invented a second pattern using
the house colours (Rimu green, Kowhai yellow) that grows by a rule she explained to me. Nobody
showed her that. Wants to put it on the class wall.

Isla B absent (dentist).

follow up: ring Jack's mum? talk to Mr Fraser about where Jack T sits in their room
- he's got the same "blurting" thing apparently, might be a year 7 thing lol
""", [("S2003", OB, "2026-02-17", "Jack W; the 'Jack T' mentioned is Mr Fraser's student"),
      ("S2004", OB, "2026-02-17", "")],
    [("S2003", IC, E, "called out answers 5 or 6 times before I'd finished the question"),
     ("S2003", SM, E, "settled for about ten minutes then was up\nsharpening a pencil that didn't need it"),
     ("S2004", CRE, P, "on her own invented a second pattern using\nthe house colours (Rimu green, Kowhai yellow) that grows by a rule she explained to me")])

doc("kapa haka practice 12-3.md", "T2001", """**Group:** Junior kapa haka (Tuesday/Thursday lunchtimes)
**Observer:** Whaea Aroha (Ms Kereama)
**Date:** 12/3/26
**Focus:** leadership in the back row

**Notes**

Manaia stepped up today without being asked. When the new Year 7s in the back row kept
losing the timing on the second verse of the waiata, Manaia took four of them to the side
of the hall, broke the actions into counts of eight and had them practise until they were
together. She came back and said to me "they're sweet now Whaea, they just needed it
slower". Very different from the girl who wouldn't speak in the circle in February - she
is quiet in class but in kapa haka she leads.

Anahera W (Mr Fraser's class) was helping at the front with the poi group - noted for him.

Ruby came along for the first time and stood at the back watching. Didn't join in yet but
stayed for the whole practice.

**Next:** ask Manaia if she'd like to lead the warm-up on Thursday.
""", [("S2001", OB, "2026-03-12", "leadership in kapa haka"),
      ("S2004", OB, "2026-03-12", "brief mention; watching only")],
    [("S2001", REL, A, "Manaia took four of them to the side\nof the hall, broke the actions into counts of eight and had them practise until they were\ntogether."),
     ("S2001", COM, D, "she\nis quiet in class but in kapa haka she leads.")],
    )

doc("Isla planner conf.docx", "T2001", """# Learning conference - Isla Brennan
**Date:** Thursday 26 March 2026
**Present:** Isla, Ms Kereama
## What Isla brought
Isla brought her planner and her science fair plan. She has broken the six weeks into weekly goals and has coloured the boxes by subject. Every homework task for Term 1 has been written in on the day it was set.
## What Isla said
Isla said: "I always put the due date two days earlier than it really is so if something goes wrong I still have time."
Isla said: "I'm not good at knowing when to stop though. I spent three nights on the title page."
## Teacher comment
Isla manages her own deadlines without any prompting from me. Next step is estimating time - she underestimates how long the writing takes and overspends on the presentation.
|Area|Where Isla is now|
|Planning|Plans ahead on her own; builds in buffer time|
|Organisation|Planner and folders kept without reminders|
""", [("S2002", OB, "2026-03-26", "student-teacher conference")],
    [("S2002", PLAN, P, "I always put the due date two days earlier than it really is so if something goes wrong I still have time."),
     ("S2002", ORG, P, "Every homework task for Term 1 has been written in on the day it was set."),
     ("S2002", SA, P, "I'm not good at knowing when to stop though. I spent three nights on the title page.")],
    title="Conference Isla B", author="Aroha Kereama", subject="Learning conference")

doc("Email from Ruby's mum.eml", "T2001", dict(
    frm="Tania Hohaia <tania.hohaia@example.net>",
    to="Aroha Kereama <a.kereama@aorakiridge.school.nz>",
    subject="Ruby and the group project",
    date="Thu, 02 Apr 2026 19:42:10 +1300",
    text="""Kia ora Aroha,

Just a quick one about Ruby and the Matariki group project. She came home pretty upset
yesterday. She told me "I don't want to be the boss of the group, I just want my ideas to
get in, but every time I say one the others just talk over me." Then she said she just stopped
talking and did her drawing by herself for the rest of the lesson.

She's not a kid who sulks usually. At home she's always making things - after your Matariki lessons she made a
star compass out of an old bike wheel and taught her little brother to find the Matariki
stars with it from the back deck, which honestly was pretty clever.

Is there a way she could have a job in the group that is hers? She said "I'm not being lazy,
I just go quiet when it's loud."

Nga mihi,
Tania (Ruby's mum)
"""), [("S2004", PN, "2026-04-02", "parent reports Ruby's words")],
    [("S2004", COL, E, "she just stopped\ntalking and did her drawing by herself for the rest of the lesson."),
     ("S2004", CRE, A, "she made a\nstar compass out of an old bike wheel and taught her little brother to find the Matariki\nstars with it from the back deck"),
     ("S2004", SA, D, "I'm not being lazy,\nI just go quiet when it's loud.")])

doc("group disc - water rights.vtt", "T2001", """WEBVTT

NOTE 7K group discussion, Tues 5/5/26, "Who owns the water?" Recorded on the class iPad.

00:00:04.000 --> 00:00:11.000
<v Ms Kereama>Okay group three, the question is who should get a say about the water in the Kowhai Stream. Go.

00:00:12.000 --> 00:00:24.000
<v Isla>Can we do it in order? Like everyone says one thing first and I'll write them down, then we argue.

00:00:25.000 --> 00:00:37.000
<v Jack>The farmers, because they pay for it. Oh wait, sorry, Isla said go in order. Manaia you go first.

00:00:38.000 --> 00:00:55.000
<v Manaia>Um, I think mana whenua should get a say first, because my koro says the stream was a food place before there were any farms. So it's not just about who pays.

00:00:56.000 --> 00:01:10.000
<v Ruby>What if there was like a council with one person from every group, the farmers and the iwi and the kids who swim there? Kids never get asked.

00:01:11.000 --> 00:01:24.000
<v Isla>Ruby that's good, can we put that as our answer and use Manaia's point and Jack's point as the reasons it has to be shared?

00:01:25.000 --> 00:01:36.000
<v Jack>Yeah but the farmers still pay so they should get more votes. That's just fair.

00:01:37.000 --> 00:01:52.000
<v Manaia>But paying isn't the only thing that makes it fair. My koro's people were there first and nobody paid them.

00:01:53.000 --> 00:02:05.000
<v Jack>Okay, true. I didn't think of it like that. Maybe the same votes then.

00:02:06.000 --> 00:02:15.000
<v Ms Kereama>Nice work. Two minutes to write your group answer.

NOTE Skills observed (AK): Collaboration: Developing (Jack), Communication: Proficient (Manaia). Isla kept the group on track.
""", [("S2001", GD, "2026-05-05", ""), ("S2002", GD, "2026-05-05", ""),
      ("S2003", GD, "2026-05-05", ""), ("S2004", GD, "2026-05-05", "")],
    [("S2002", COL, P, "Ruby that's good, can we put that as our answer and use Manaia's point and Jack's point as the reasons it has to be shared?"),
     ("S2002", PLAN, P, "Can we do it in order? Like everyone says one thing first and I'll write them down, then we argue."),
     ("S2001", COM, P, "But paying isn't the only thing that makes it fair. My koro's people were there first and nobody paid them."),
     ("S2001", SOC, P, "So it's not just about who pays."),
     ("S2003", CF, D, "Okay, true. I didn't think of it like that. Maybe the same votes then."),
     ("S2003", IC, D, "Oh wait, sorry, Isla said go in order. Manaia you go first."),
     ("S2004", CRE, P, "What if there was like a council with one person from every group, the farmers and the iwi and the kids who swim there?"),
     ("S2004", SOC, D, "Kids never get asked.")])

doc("Jack reflection T2.txt", "T2001", """Reflection journal - Jack W - Term 2 week 8 (16/6/26)

Ms K: What is something you have got better at this term?
I need fewer reminders now to stay in my seat. In term 1 you had to tell me like every five
minutes. Now I put my hand on the desk when I want to call out and count to three and most of
the time the feeling goes away.

Ms K: Is there anything that still makes it hard?
When it's something I really know, like rugby stats, I still blurt. I'm not saying I never do
it. Friday afternoons are the worst.

Ms K: What goal will you set for Term 3?
Only call out zero times in maths for a whole week. I will tick a box on a card each lesson.

[teacher: great honesty Jack - card is a good idea, I'll get you one. AK]
""", [("S2003", RJ, "2026-06-16", "journal with teacher prompts")],
    [("S2003", IC, D, "Now I put my hand on the desk when I want to call out and count to three and most of\nthe time the feeling goes away."),
     ("S2003", SA, P, "When it's something I really know, like rugby stats, I still blurt."),
     ("S2003", SM, D, "Only call out zero times in maths for a whole week. I will tick a box on a card each lesson.")])

doc("peer feedback - speeches.pdf", "T2001", """# 7K Speech Peer Feedback
**Date:** 11/8/26
**Speaker:** Manaia Tipene
**Feedback from:** Isla Brennan
Two stars: You looked up at the audience most of the time and you didn't rush. Your story about your koro and the eel weir made everyone go quiet, that was the best part.
A wish: Your ending was a bit sudden. Maybe finish by going back to the eel weir so it feels like a circle.
**Speaker:** Jack Whitlow
**Feedback from:** Ruby Hohaia
Two stars: Funny start. You remembered all your cards.
A wish: you said um a lot. I don't know how to fix that sorry.
""", [("S2002", PF, "2026-08-11", "writer"), ("S2001", PF, "2026-08-11", "subject"),
      ("S2004", PF, "2026-08-11", "writer"), ("S2003", PF, "2026-08-11", "subject")],
    [("S2002", COM, P, "Maybe finish by going back to the eel weir so it feels like a circle."),
     ("S2002", SOC, P, "Your story about your koro and the eel weir made everyone go quiet, that was the best part."),
     ("S2004", COM, E, "you said um a lot. I don't know how to fix that sorry.")],
    title="Speech peer feedback", author="Aroha Kereama")

doc("scan 3.pdf", "T2001", """# EXIT TICKET
**Name:**
**Date:** 20/8/26
What did you learn today? That the water cycle is not just rain, it also goes under ground and comes out in springs.
What is still confusing? Why the sea doesn't get fuller.
How did you work today? I worked with my group and did the labels. I forgot my book again so I used paper.
""", [("ASK", "", "", "no name on the ticket; handwriting not identifiable")], [])

doc("Manaia - term 3 speech.srt", "T2001", """1
00:00:01,000 --> 00:00:09,500
Tena koutou. My speech is about the eel weir my koro built on the Kowhai Stream.

2
00:00:09,600 --> 00:00:21,000
When I was little I thought the eels were just scary. Now I know the weir was a way of
sharing food, because every whanau took only what they needed.

3
00:00:21,100 --> 00:00:34,000
I changed my speech after Isla's feedback. I used to just stop at the end. Now I'm going
to go back to the weir, because it's a circle, like the water.

4
00:00:34,100 --> 00:00:47,000
If you remember one thing, remember this: the stream is older than all of us, and we are
only borrowing it. Kia ora.

5
00:00:47,100 --> 00:00:55,000
[applause] Question from the floor: how did you learn all this?

6
00:00:55,100 --> 00:01:06,000
I asked my koro and my aunty, and I checked the dates at the library because they didn't
agree about when the weir was built.
""", [("S2001", PR, "2026-08-20", "no speaker labels; speaker is Manaia throughout except the question")],
    [("S2001", COM, A, "If you remember one thing, remember this: the stream is older than all of us, and we are\nonly borrowing it."),
     ("S2001", CRE, P, "I changed my speech after Isla's feedback. I used to just stop at the end."),
     ("S2001", CT, P, "I checked the dates at the library because they didn't\nagree about when the weir was built.")])

doc("outdoor ed camp obs.txt", "T2001", """Outdoor ed camp - Year 7 - Tues 3/11/26 - observations (AK)

Jack W: huge change from Term 1. On the river crossing briefing he waited until the
instructor had completely finished before asking his question, and then reminded his group to
unclip their pack hip belts like they'd been told. When his group lost the track marker he
stayed calm and suggested they go back to the last orange triangle. Not a single call-out all
day that I heard.

Isla B: had packed a spare set of dry clothes for her whole tent group "in case someone goes
in the river", and had a backup plan for the cooking rota when two of the boys were sick.
She showed Ruby how to set up her own gear checklist on a card, and Ruby used it the next
morning.

Ruby: used Isla's checklist card the next morning and was first packed in her tent.

Jack T (Mr Fraser's group) was also on our crossing - see Callum's notes.
""", [("S2003", OB, "2026-11-03", "Jack W; not Jack T"), ("S2002", OB, "2026-11-03", ""),
      ("S2004", OB, "2026-11-03", "")],
    [("S2003", IC, P, "he waited until the\ninstructor had completely finished before asking his question"),
     ("S2003", SM, P, "When his group lost the track marker he\nstayed calm and suggested they go back to the last orange triangle."),
     ("S2002", PLAN, A, "had a backup plan for the cooking rota when two of the boys were sick."),
     ("S2002", ORG, A, "She showed Ruby how to set up her own gear checklist on a card, and Ruby used it the next\nmorning."),
     ("S2004", ORG, D, "used Isla's checklist card the next morning and was first packed in her tent.")])

# ---------------------------------------------------------------- T2002 Fraser
doc("Tramp planning group.txt", "T2002", """7F outdoor ed - day tramp planning, group 2 - Tue 24/2/26 - transcribed from voice memo

[00:00:05] Mr Fraser: Right, you've got the map and the forecast. Plan the route for Saturday's day walk to the hut and back. Ten minutes.
[00:00:14] Jack: The forecast says northwest gusts in the afternoon so we should do the ridge part in the morning and come back along the valley track, not the other way.
[00:00:29] Olivia: I looked up the track on the DOC-style page on the Chromebook and there's a washout notice from last week, so the valley track might be closed. We should check the date on that.
[00:00:41] Finn: Can we just go the short way? I don't really care.
[00:00:46] Anahera: Finn, you were at the hut last year with your cousins, eh? What was the valley like?
[00:00:52] Finn: Oh yeah. It was muddy but fine. There's a bridge.
[00:00:58] Jack: Okay so if the valley's closed we need a plan B. We could just do the ridge to the lookout and turn around by 12.
[00:01:10] Anahera: I like that. And we should make sure the slower walkers are at the front so nobody gets left behind, my little cousin hated that last time.
[00:01:22] Olivia: I'll write the turnaround time on the route card.
[00:01:25] Finn: Wait what's a route card
[00:01:28] Mr Fraser: It's on the sheet I handed out, Finn - page two.
[00:01:35] Finn: Oh. Um I left it in my bag.

Mr F notes: Jack very safety-minded. Finn needs structure - check in with him.
""", [("S2005", GD, "2026-02-24", ""), ("S2006", GD, "2026-02-24", ""),
      ("S2007", GD, "2026-02-24", ""), ("S2008", GD, "2026-02-24", "")],
    [("S2005", RDM, P, "The forecast says northwest gusts in the afternoon so we should do the ridge part in the morning and come back along the valley track, not the other way."),
     ("S2005", PLAN, P, "Okay so if the valley's closed we need a plan B. We could just do the ridge to the lookout and turn around by 12."),
     ("S2006", DL, P, "there's a washout notice from last week, so the valley track might be closed. We should check the date on that."),
     ("S2007", TI, E, "Can we just go the short way? I don't really care."),
     ("S2007", ORG, E, "Oh. Um I left it in my bag."),
     ("S2008", SOC, P, "we should make sure the slower walkers are at the front so nobody gets left behind"),
     ("S2008", COL, P, "Finn, you were at the hut last year with your cousins, eh? What was the valley like?")])

doc("Finn obs wk4.md", "T2002", """**Student:** Finn McAllister
**Date:** 26/2/26 (Wk 4, T1)
**Observer:** C. Fraser
**Setting:** Independent reading / writing block

**What I saw**

- Took eleven minutes to get his book out after the class had started. Asked to go to the toilet, then to get water, then couldn't find a pen.
- His tray has three weeks of notices in it, a banana skin, and his PE shirt.
- Once I sat next to him and wrote the first sentence starter on a sticky note he wrote four lines.
- Not defiant at all - he is cheerful and chatty. Just does not get going on his own.

**Plan:** sticky-note starter each lesson, tray clean-out Fridays with a buddy.
""", [("S2007", OB, "2026-02-26", "")],
    [("S2007", TI, E, "Took eleven minutes to get his book out after the class had started."),
     ("S2007", SM, E, "Asked to go to the toilet, then to get water, then couldn't find a pen."),
     ("S2007", ORG, E, "His tray has three weeks of notices in it, a banana skin, and his PE shirt."),
     ("S2007", WM, D, "Once I sat next to him and wrote the first sentence starter on a sticky note he wrote four lines.")])

doc("Olivia - digital citizenship.docx", "T2002", """# Reflection journal: Digital citizenship unit
**Name:** Olivia Park (7F)
**Date:** 9 March 2026
## Prompt 1: Think about a post you saw this week that you weren't sure was true. What did you do?
My nana shared a video saying the council is putting chemicals in the water to make people sleepy. I didn't just believe it. I looked up who made the video and it was a page that sells water filters, so they make money if people are scared.
## Prompt 2: What tools did you use?
I did a reverse image search on the thumbnail and it was from a different country in 2019. I also checked the council website.
## Prompt 3: What would you do differently next time?
I don't know if I should have told Nana. I didn't want to embarrass her so I didn't say anything. Maybe next time I will show her how to check it herself.
Teacher comment: Excellent checking, Liv. Have a think about how you might talk to Nana kindly - that is a skill too. CF
""", [("S2006", RJ, "2026-03-09", "journal with teacher prompts as headings")],
    [("S2006", DL, A, "I did a reverse image search on the thumbnail and it was from a different country in 2019."),
     ("S2006", CT, P, "I looked up who made the video and it was a page that sells water filters, so they make money if people are scared."),
     ("S2006", SOC, D, "I didn't want to embarrass her so I didn't say anything. Maybe next time I will show her how to check it herself.")],
    title="Digital citizenship reflection", author="Callum Fraser", subject="Olivia Park")

doc("RE_ Finn homework.eml", "T2002", dict(
    frm="Rob McAllister <rob.mcallister@example.org>",
    to="Callum Fraser <c.fraser@aorakiridge.school.nz>",
    subject="RE: Finn homework",
    date="Thu, 19 Mar 2026 21:05:33 +1300",
    text="""Hi Callum,

Thanks for the note. Yes it's the same at home. He'll sit down at 4 and at 7 he still hasn't
opened the book. Last night he said "I don't get why I have to start early if it's not due
till Friday." Then on Thursday night it's tears.

To be fair to him, he did say "I know I leave it too late, my brain just goes somewhere else."
So he does know.

We've started putting a timer on the bench for 10 minutes and he just has to start. Night two
he started without the timer, which was a first.

Cheers,
Rob McAllister

> On Wed, 18 Mar 2026, Callum Fraser wrote:
> Hi Rob, just a quick update on Finn's homework diary - it has been empty for two weeks.
"""), [("S2007", PN, "2026-03-19", "father quotes Finn; quoted teacher email below")],
    [("S2007", TI, D, "Night two\nhe started without the timer, which was a first."),
     ("S2007", SA, D, "I know I leave it too late, my brain just goes somewhere else."),
     ("S2007", PLAN, E, "I don't get why I have to start early if it's not due\ntill Friday.")])

doc("peer tutoring maths Anahera Finn.txt", "T2002", """Peer tutoring - fractions - Thurs 7/5/26 - 7F (recorded for Finn's learning log)

[00:00:03] Anahera: Okay Finn, what's the question say? Read it to me.
[00:00:08] Finn: Three quarters of 24. I don't know.
[00:00:12] Anahera: You do know, you just don't know you know. What's a quarter of 24?
[00:00:17] Finn: Six?
[00:00:19] Anahera: Yes! So three of those?
[00:00:23] Finn: Eighteen. Oh that's easy.
[00:00:27] Anahera: See. Now you do the next one by yourself and I won't say anything, I'll just watch.
[00:00:49] Finn: Two thirds of 15 is... a third is 5, so 10. I did it without you.
[00:00:55] Tevita: Hey Ana, Mr Latu says can you bring back our class's fraction strips at lunch.
[00:00:59] Anahera: Yep. Finn, before I go, write the steps down in your book so you remember them tomorrow.
[00:01:06] Finn: Find one part first, then times it. Done.

(Tevita is from Mr Latu's room - just passing through.)
""", [("S2008", PT, "2026-05-07", "tutor"), ("S2007", PT, "2026-05-07", "tutee")],
    [("S2008", REL, A, "Now you do the next one by yourself and I won't say anything, I'll just watch."),
     ("S2008", COM, P, "You do know, you just don't know you know. What's a quarter of 24?"),
     ("S2007", WM, P, "Two thirds of 15 is... a third is 5, so 10. I did it without you.")])

doc("Jack TA outdoor ed reflection.pdf", "T2002", """# Outdoor Education Reflection - Term 2
**Name:** Jack Te Amo
**Date:** 28/5/26
**Activity:** Gorge walk and bivvy night
What went well?
We made the call to turn around at the second waterfall because the water was going brown and rising. Some of the others wanted to keep going for the swimming hole but I said the rain up the top would get to us in about an hour. I was a bit scared to say it because I wanted to swim too.
What did you learn about yourself?
I'm not someone who likes being the one who says no. But I reckon being liked is not worth someone getting hurt. I used what we learned on the tramp in Term 1 about reading the sky.
What will you do next time?
Make sure everyone knows the turnaround rule before we start, so it isn't just me deciding on the day.
""", [("S2005", RJ, "2026-05-28", "")],
    [("S2005", RDM, A, "But I reckon being liked is not worth someone getting hurt. I used what we learned on the tramp in Term 1 about reading the sky."),
     ("S2005", SA, P, "I was a bit scared to say it because I wanted to swim too."),
     ("S2005", PLAN, A, "Make sure everyone knows the turnaround rule before we start, so it isn't just me deciding on the day.")],
    title="OE reflection", author="Callum Fraser")

doc("Fwd_ Anahera - marae visit.eml", "T2002", dict(
    frm="Deputy Principal Junior School <dp.junior@aorakiridge.school.nz>",
    to="Callum Fraser <c.fraser@aorakiridge.school.nz>",
    subject="Fwd: Anahera - marae visit",
    date="Fri, 12 Jun 2026 08:14:02 +1200",
    text="""Hi Callum - this came to the office, forwarding as it's lovely and you're her kaiako. H.

---------- Forwarded message ---------
From: Mere Wihongi <mere.wihongi@example.net>
Date: Wed, 10 Jun 2026 at 20:31
Subject: Anahera - marae visit
To: office@aorakiridge.school.nz

Kia ora koutou,

I wanted to let Anahera's teacher know about the weekend. At our marae hui on Saturday two of
my nephews got into a real argument about the rugby, nearly fists. Anahera walked over, sat
them both down and said "you two are both right about something, let's hear it one at a
time." She got each of them to say what the other one meant. The kuia were very impressed.

Afterwards she told me "I learned that from peer tutoring, you don't tell people the answer,
you get them to find it." She's not a bossy girl, she's just calm.

Nga mihi nui,
Mere (Anahera's mum)
"""), [("S2008", PN, "2026-06-10", "forwarded by DP on 12/6; original parent email 10/6")],
    [("S2008", SOC, A, "Anahera walked over, sat\nthem both down and said \"you two are both right about something, let's hear it one at a\ntime.\""),
     ("S2008", REL, A, "She got each of them to say what the other one meant."),
     ("S2008", CF, P, "I learned that from peer tutoring, you don't tell people the answer,\nyou get them to find it.")])

doc("presentation notes - river project.docx", "T2002", """# Kowhai Stream health project - group presentation
**Class:** 7F   **Date:** 13/8/26
**Presenters:** Olivia Park, Jack Te Amo
Transcript typed from the recording by CF.
Olivia: We tested the stream at three spots using the kick-net and the bug identification app. Above the farm we found mayfly and stonefly larvae, which only live in clean water.
Jack: Below the culvert there were mostly worms and snails. So the water gets worse after the farm.
Olivia: But we don't actually know it's the farm. The culvert also takes the road runoff, so it could be that. One test isn't enough to blame someone.
Jack: Yeah. And in other countries like the Netherlands they made farmers plant strips of plants along streams, we read that. We think our council could do that here.
Olivia: Our recommendation is to test again after rain and to ask the council for the road runoff data before anyone decides.
Question from Mr Fraser: What would you do if the council says no?
Jack: Um. I guess we could do it ourselves with the school. Plant the strip.
Skills observed (CF): Critical Thinking - Advanced (Olivia); Global Awareness - Developing (Jack)
""", [("S2006", PR, "2026-08-13", ""), ("S2005", PR, "2026-08-13", "")],
    [("S2006", CT, A, "But we don't actually know it's the farm. The culvert also takes the road runoff, so it could be that. One test isn't enough to blame someone."),
     ("S2006", COM, P, "Our recommendation is to test again after rain and to ask the council for the road runoff data before anyone decides."),
     ("S2005", GA, D, "And in other countries like the Netherlands they made farmers plant strips of plants along streams, we read that."),
     ("S2005", CRE, D, "I guess we could do it ourselves with the school. Plant the strip.")],
    title="River project presentation", author="Callum Fraser")

doc("Finn check-in.txt", "T2002", """check-in w Finn 2/9 (wk 6 T3)

Asked Finn how homework is going. His words: "I start on the bus now. I do the first question
before I even get home so it's not hanging over me." Diary has been filled in every day for
three weeks - I didn't have to remind him once.

He also said "I don't need the sticky note any more, I write my own starter." Checked his
book - true.

Tray still a bit of a mess but the notices are gone.

Huge turnaround from T1. Email Rob.
""", [("S2007", OB, "2026-09-02", "check-in conference")],
    [("S2007", TI, P, "I start on the bus now. I do the first question\nbefore I even get home so it's not hanging over me."),
     ("S2007", SM, P, "I don't need the sticky note any more, I write my own starter."),
     ("S2007", ORG, D, "Tray still a bit of a mess but the notices are gone.")])

doc("feedback for Liv.md", "T2002", """**Peer feedback - persuasive writing**
**Writer of feedback:** Finn M
**Feedback for:** Olivia P
**Date:** 21/10/26

**What worked:** Your first line about the plastic on Kowhai beach got me hooked. You used real numbers from the beach clean so I believed you.

**Even better if:** It's kind of long for the assembly, people in year 7 would get bored in the middle bit. Maybe cut the part about the history of plastic and keep the turtles.

**One question I have:** Where did the turtle number come from? I couldn't find it on the website you said.
""", [("S2007", PF, "2026-10-21", "writer"), ("S2006", PF, "2026-10-21", "subject of feedback")],
    [("S2007", COM, P, "It's kind of long for the assembly, people in year 7 would get bored in the middle bit."),
     ("S2007", CT, P, "Where did the turtle number come from? I couldn't find it on the website you said.")])

doc("camp day 2.pdf", "T2002", """# Year 7 Camp - Day 2 observations
**Teacher:** C. Fraser
**Date:** Wednesday 4/11/26
Jack T: ran the river crossing briefing for his group himself, using the instructor's checklist, and then added his own rule that the two smallest kids cross in the middle of the chain. He checked in with Isla B's group from Ms Kereama's class when they looked unsure and explained the chain to them.
Anahera: noticed that Olivia had gone quiet at dinner and sat with her. Olivia later told me she was homesick. Anahera organised a card game for the whole tent so nobody was left out.
Olivia: homesick in the evening, said so herself when asked, and chose to ring home then joined the card game. Bounced back well.
""", [("S2005", OB, "2026-11-04", ""), ("S2008", OB, "2026-11-04", ""),
      ("S2006", OB, "2026-11-04", "")],
    [("S2005", RDM, A, "added his own rule that the two smallest kids cross in the middle of the chain."),
     ("S2005", REL, A, "He checked in with Isla B's group from Ms Kereama's class when they looked unsure and explained the chain to them."),
     ("S2008", SOC, A, "noticed that Olivia had gone quiet at dinner and sat with her."),
     ("S2008", COL, A, "Anahera organised a card game for the whole tent so nobody was left out."),
     ("S2006", SM, P, "chose to ring home then joined the card game. Bounced back well.")],
    title="Camp day 2", author="Callum Fraser")

# ---------------------------------------------------------------- T2003 Naidoo
doc("Lachie conf notes.docx", "T2003", """# Student conference
**Student:** Lachlan Reid (8N)
**Date:** 5/3/26
**Teacher:** P. Naidoo
## Background
Science practical on Monday was moved to the library because the lab was being painted. Lachie refused to start and sat with his arms folded for most of the period.
## What Lachlan said
"It was supposed to be in the lab. You can't just change it. I had it all worked out in my head."
"I'm not angry at you, I just hate it when stuff changes."
## Agreed next steps
|Step|Who|
|Give Lachie a heads-up the day before any room change|Mrs Naidoo|
|Lachie to try one 'plan B' card when something changes|Lachie|
""", [("S2009", OB, "2026-03-05", "conference notes")],
    [("S2009", CF, E, "It was supposed to be in the lab. You can't just change it. I had it all worked out in my head."),
     ("S2009", SA, D, "I'm not angry at you, I just hate it when stuff changes."),
     ("S2009", TI, E, "Lachie refused to start and sat with his arms folded for most of the period.")],
    title="Conference - Lachlan", author="Priya Naidoo", subject="Student conference")

doc("Exit ticket 11.3.txt", "T2003", """8N EXIT TICKETS - Wed 11/3/26 - "Is social media good or bad for teenagers?"
(typed up from the sticky notes on the door)

Mei Lin Z: It depends what you mean by good. The article we read was paid for by a phone
company so I wouldn't trust it on its own. I'd want to see a study from a few countries.

Hemi P: I forgot what the second question was. I think bad because my brother is on it all night.

Grace F: Both. My cousins in Samoa use it to talk to my nana every Sunday and that's good.
But my friends get mean on group chats. I said that to my group and Lachie changed his mind.

Lachlan R: (absent - library)
""", [("S2010", RJ, "2026-03-11", "exit ticket"), ("S2011", RJ, "2026-03-11", "exit ticket"),
      ("S2012", RJ, "2026-03-11", "exit ticket")],
    [("S2010", CT, A, "The article we read was paid for by a phone\ncompany so I wouldn't trust it on its own. I'd want to see a study from a few countries."),
     ("S2011", WM, E, "I forgot what the second question was."),
     ("S2011", CT, E, "I think bad because my brother is on it all night."),
     ("S2012", GA, P, "My cousins in Samoa use it to talk to my nana every Sunday and that's good."),
     ("S2012", COM, P, "I said that to my group and Lachie changed his mind.")])

doc("climate debate prep.vtt", "T2003", """WEBVTT

NOTE 8N debate prep, Fri 3/4/26, moot: "NZ should ban petrol cars by 2030". Team: Mei Lin, Lachie, Grace, Hemi.

00:00:02.000 --> 00:00:09.000
<v Mrs Naidoo>You're the negative team this time. Start by listing your three arguments.

00:00:10.000 --> 00:00:22.000
<v Lachie>But I wanted to be affirmative. I already wrote affirmative points last night.

00:00:23.000 --> 00:00:40.000
<v Grace>Lachie, your points aren't wasted - if you know their side you can guess what they'll say and we can answer it. You could be our rebuttal person.

00:00:41.000 --> 00:00:48.000
<v Lachie>Okay. I guess that could work. I'll flip them.

00:00:49.000 --> 00:01:08.000
<v Mei Lin>Argument one: electric cars still need lithium and a lot of it is mined in places where kids work in the mines. So banning petrol here could just move the harm to another country.

00:01:09.000 --> 00:01:18.000
<v Hemi>What was the second thing? Sorry. I've written down lithium.

00:01:19.000 --> 00:01:30.000
<v Mei Lin>Two is cost for rural families, three is the power grid. Hemi can you take cost? Your uncle is a farmer.

00:01:31.000 --> 00:01:42.000
<v Hemi>Yeah. Farmers need utes and there's no electric ute that can tow a stock trailer, my uncle says.

00:01:43.000 --> 00:01:55.000
<v Grace>Let's each time ourselves, two minutes each, and then swap and give feedback. I'll keep the time.

NOTE PN: Grace great facilitator. Lachie - recovered from the switch, first time this year without a meltdown.
""", [("S2009", GD, "2026-04-03", ""), ("S2010", GD, "2026-04-03", ""),
      ("S2011", GD, "2026-04-03", ""), ("S2012", GD, "2026-04-03", "")],
    [("S2009", CF, D, "Okay. I guess that could work. I'll flip them."),
     ("S2012", REL, A, "Lachie, your points aren't wasted - if you know their side you can guess what they'll say and we can answer it. You could be our rebuttal person."),
     ("S2012", COL, A, "Let's each time ourselves, two minutes each, and then swap and give feedback. I'll keep the time."),
     ("S2010", GA, A, "So banning petrol here could just move the harm to another country."),
     ("S2010", COL, P, "Hemi can you take cost? Your uncle is a farmer."),
     ("S2011", WM, D, "What was the second thing? Sorry. I've written down lithium."),
     ("S2011", CT, D, "Farmers need utes and there's no electric ute that can tow a stock trailer, my uncle says.")])

doc("Hemi journal.md", "T2003", """**Reflection journal - Hemi Potae - 8N**
**Date:** 14/5/26

**Mrs N: How are you finding the new homework checklist?**

It helps. Before, I'd get home and not remember what we had to do, so I just wouldn't do it
and say there wasn't any. Now I write it in the checklist before the bell and my mum signs it.
I still forget the checklist at school sometimes.

**Mrs N: When do you feel most frustrated in class?**

When there are lots of instructions at once. I feel stupid and then I get grumpy and then I
talk to Noah instead of working. I know it's not really Noah's fault.

**Mrs N: What could you do when that happens?**

Ask you to say it again but only the first bit. Or look at the board.

**Teacher note:** Hemi has named the feelings-behaviour chain himself - big step. PN
""", [("S2011", RJ, "2026-05-14", "teacher questions in bold inside journal")],
    [("S2011", WM, D, "Now I write it in the checklist before the bell and my mum signs it."),
     ("S2011", SA, P, "I feel stupid and then I get grumpy and then I\ntalk to Noah instead of working. I know it's not really Noah's fault."),
     ("S2011", SM, D, "Ask you to say it again but only the first bit. Or look at the board."),
     ("S2011", ORG, E, "I still forget the checklist at school sometimes.")])

doc("email - Grace Faleolo.eml", "T2003", dict(
    frm="Losa Faleolo <losa.f@example.com>",
    to="Priya Naidoo <p.naidoo@aorakiridge.school.nz>",
    subject="Grace - youth group fundraiser",
    date="Thu, 28 May 2026 18:20:45 +1200",
    text="""Talofa Mrs Naidoo,

I am Grace's aunty, she lives with us during the week. I wanted to tell you that Grace ran the
fundraiser for our church youth group last weekend. She was not asked to, she just told the
youth leader "I can do the speech if nobody else wants to." She spoke in English and then in
Samoan for the elders, and she changed her jokes for each group. We raised $1,400 for the
cyclone appeal back home.

She told me "Mrs Naidoo said a good speaker thinks about who is listening," so thank you.

Also she made a spreadsheet of who was bringing what food - she showed the younger ones how
to fill it in on the tablet.

Fa'afetai,
Losa Faleolo
"""), [("S2012", PN, "2026-05-28", "aunt / caregiver")],
    [("S2012", COM, A, "She spoke in English and then in\nSamoan for the elders, and she changed her jokes for each group."),
     ("S2012", TI, A, "She was not asked to, she just told the\nyouth leader \"I can do the speech if nobody else wants to.\""),
     ("S2012", DL, P, "she made a spreadsheet of who was bringing what food - she showed the younger ones how\nto fill it in on the tablet.")])

doc("Mei Lin research presentation.pdf", "T2003", """# Inquiry presentation: Who pays for fast fashion?
**Presenter:** Mei Lin Zhou, 8N
**Date:** 18/6/26
Transcript (typed from recording)
Mei Lin: I started by asking where my school jumper was made. The label says Bangladesh, so I looked at the 2013 factory collapse there.
Mei Lin: Two of my sources disagreed. The company report says wages doubled, but the union report says the price of rice went up more than the wages did. So both can be true and workers can still be worse off.
Mei Lin: My proposal is a clothing swap at Aoraki Ridge once a term, and a letter to our uniform supplier asking for their factory audit. I've already emailed them and I'm waiting for a reply.
Question - Lachlan: But if everyone stops buying, don't the factory workers lose their jobs?
Mei Lin: That's a really good point, Lachie. That's why I'm not saying boycott. I'm saying ask for better conditions.
Lachlan: Oh. Okay that makes more sense.
""", [("S2010", PR, "2026-06-18", "presenter"), ("S2009", PR, "2026-06-18", "asks a question")],
    [("S2010", CT, A, "So both can be true and workers can still be worse off."),
     ("S2010", GA, A, "I've already emailed them and I'm waiting for a reply."),
     ("S2010", COM, P, "That's why I'm not saying boycott. I'm saying ask for better conditions."),
     ("S2009", CT, P, "But if everyone stops buying, don't the factory workers lose their jobs?")],
    title="Inquiry presentation Mei Lin", author="Priya Naidoo")

doc("obs 29-7.txt", "T2003", """29-7-26   Lachie   (PN)

Relief teacher today and the timetable swapped PE and maths. Lachie noticed on the board, took
out his "plan B" card himself, read it, and said to Grace "okay so maths first, PE after, that's
actually fine." Then got straight on with the maths.

Later the ball pump broke in PE and he suggested they play a game that didn't need a ball.

Compare 5/3 conference. This is real growth.
""", [("S2009", OB, "2026-07-29", "date written 29-7-26")],
    [("S2009", CF, P, "Later the ball pump broke in PE and he suggested they play a game that didn't need a ball."),
     ("S2009", SM, P, "took\nout his \"plan B\" card himself, read it"),
     ("S2009", TI, P, "Then got straight on with the maths.")])

doc("peer feedback Hemi to Grace.docx", "T2003", """# Peer feedback form
**Author of feedback:** Hemi Potae
**For:** Grace Faleolo
**Task:** Science poster - renewable energy
**Date:** 20/8/26
|Stars|Wish|
|Your poster is really clear, I could understand the wind turbine part without you explaining it. The colours go together.|Maybe put where you got the numbers from at the bottom, because Mrs Naidoo always asks.|
Anything else? You helped me with my poster too even though you were busy, so thanks.
""", [("S2011", PF, "2026-08-20", "writer"), ("S2012", PF, "2026-08-20", "subject")],
    [("S2011", CT, P, "Maybe put where you got the numbers from at the bottom, because Mrs Naidoo always asks."),
     ("S2011", REL, P, "You helped me with my poster too even though you were busy, so thanks.")],
    title="Peer feedback", author="Priya Naidoo")

doc("tutoring session - Lachie & Hemi.txt", "T2003", """Peer tutoring log - 8N - Thu 10/9/26 - Lachie (tutor) with Hemi - algebra

[00:00:02] Lachie: So today we're doing the two-step ones. Do you want me to do one first or do you want to try?
[00:00:09] Hemi: Try. x plus 4 equals 11, so x is 7.
[00:00:14] Lachie: Yep. Now 3x minus 2 equals 13.
[00:00:20] Hemi: Add the 2, so 15. Then divide by 3, 5. I remembered both steps without writing them!
[00:00:28] Lachie: Nice. Last week you needed the steps on the card. I'll give you a harder one, there's a fraction in it.
[00:00:35] Hemi: Hang on that's different. Can you do it a different way? Like with the balance picture?
[00:00:40] Lachie: Oh good idea, yeah the balance thing works better for fractions. Okay so picture the scales...
[00:01:20] Mrs Naidoo: Five minutes left boys.
[00:01:22] Lachie: Hemi, you should explain the balance thing to Noah next time, he's stuck on it too.

Skills observed: Working Memory - Proficient (Hemi). Relationship Skills - Proficient (Lachie).
""", [("S2009", PT, "2026-09-10", "tutor"), ("S2011", PT, "2026-09-10", "tutee")],
    [("S2009", REL, P, "Do you want me to do one first or do you want to try?"),
     ("S2009", CF, P, "Oh good idea, yeah the balance thing works better for fractions."),
     ("S2011", WM, P, "Add the 2, so 15. Then divide by 3, 5. I remembered both steps without writing them!"),
     ("S2011", CF, P, "Can you do it a different way? Like with the balance picture?")])

doc("Naidoo T4 notes.md", "T2003", """**Observation notes - 8N - Term 4**
**Date:** 22/10/26
**Context:** Combined 8N / 8L Matariki-to-summer market day planning (with Mr Latu's class)

**Grace**
Grace was asked by Mr Latu's group to sort out an argument about stall spots. She listened to
both sides, suggested they draw lots for the best spot and share the rest by product type, and
both groups agreed. Charlotte from 8L was one of the people arguing and she thanked Grace later.

**Mei Lin**
Did the budget for all four 8N stalls on a shared spreadsheet, then found two mistakes in the
template and fixed the formula herself. When the wifi dropped she had already downloaded a copy.

**Lachie / Hemi** - not observed today.
""", [("S2012", OB, "2026-10-22", ""), ("S2010", OB, "2026-10-22", "")],
    [("S2012", COL, A, "She listened to\nboth sides, suggested they draw lots for the best spot and share the rest by product type, and\nboth groups agreed."),
     ("S2010", DL, A, "found two mistakes in the\ntemplate and fixed the formula herself."),
     ("S2010", PLAN, A, "When the wifi dropped she had already downloaded a copy.")])

doc("year review - Hemi.pdf", "T2003", """# End of Year Reflection 2026
**Name:** Hemi Potae
**Class:** 8N
**Date:** 25/11/26
Looking back at Term 1, I used to say there was no homework because I honestly couldn't remember it. I wasn't lying, I just didn't have a system.
Now I know I learn best when things are in small steps, so I made myself a goal for next year at high school: ask every teacher in the first week if I can photograph the board at the end of class.
The thing I'm proudest of is helping Noah from Mr Latu's class with the balance method. I explained it with the scales and he got it.
I still get grumpy when it's loud but I take myself to the quiet corner now, nobody has to send me.
""", [("S2011", RJ, "2026-11-25", "end-of-year reflection")],
    [("S2011", SA, A, "Now I know I learn best when things are in small steps, so I made myself a goal for next year at high school"),
     ("S2011", SM, P, "I still get grumpy when it's loud but I take myself to the quiet corner now, nobody has to send me."),
     ("S2011", REL, P, "The thing I'm proudest of is helping Noah from Mr Latu's class with the balance method.")],
    title="End of year reflection", author="Priya Naidoo")

# ---------------------------------------------------------------- T2004 Latu
doc("Noah - planner check.txt", "T2004", """Planner check  -  Mon 16/2/26  -  8L  -  Noah K

- Planner: has not been written in since the first day. Said it's "at home, or in my cousin's car".
- Maths book found in his sister's bag (she's in 7F).
- Asked him what he has due this week - couldn't tell me any of the three tasks.
- Asked him to make a plan for the speech due on the 27th: wrote "do speech" and stopped.
- Good attitude though, laughed about it and asked if he could get a new planner.

next: weekly planner check Mondays. SL
""", [("S2013", OB, "2026-02-16", "")],
    [("S2013", ORG, E, "Planner: has not been written in since the first day."),
     ("S2013", PLAN, E, "Asked him to make a plan for the speech due on the 27th: wrote \"do speech\" and stopped."),
     ("S2013", WM, E, "Asked him what he has due this week - couldn't tell me any of the three tasks.")])

doc("group work obs.docx", "T2004", """# Group work observation - 8L
**Date:** 4/3/26
**Task:** Design a new school garden (groups of 4)
**Group observed:** Charlotte D, Tevita F, Isla M, Noah K
## Notes
Charlotte took the pen in the first minute and drew the whole plan herself. When Isla suggested a rain tank Charlotte said "no, that's boring" without looking up. She talked over Noah twice.
Tevita noticed Noah had stopped trying and asked him "what would you put in, bro?" He then made sure Noah's idea (a hangi pit) was drawn on the plan.
Isla went quiet after the rain tank idea was rejected but later wrote three questions about water use on a sticky note and gave them to me.
Noah mostly watched.
|Student|What I saw|
|Charlotte|Dominated; did not take on others' ideas|
|Tevita|Included Noah, negotiated with Charlotte|
|Isla M|Good ideas, withdrew when knocked back|
|Noah|Passive|
""", [("S2014", OB, "2026-03-04", ""), ("S2016", OB, "2026-03-04", ""),
      ("S2015", OB, "2026-03-04", ""), ("S2013", OB, "2026-03-04", "")],
    [("S2014", COL, E, "Charlotte took the pen in the first minute and drew the whole plan herself."),
     ("S2014", REL, E, "She talked over Noah twice."),
     ("S2014", SOC, E, "When Isla suggested a rain tank Charlotte said \"no, that's boring\" without looking up."),
     ("S2013", COL, E, "Noah mostly watched."),
     ("S2016", COL, P, "He then made sure Noah's idea (a hangi pit) was drawn on the plan."),
     ("S2016", SOC, P, "Tevita noticed Noah had stopped trying and asked him \"what would you put in, bro?\""),
     ("S2015", COL, D, "Isla went quiet after the rain tank idea was rejected but later wrote three questions about water use on a sticky note and gave them to me.")],
    title="Group obs 4/3", author="Sione Latu", subject="Group work")

doc("Charlie reflection.md", "T2004", """**Journal - Charlotte Drummond (8L)**
**Date:** 1/4/26

**Mr Latu: Last week in the garden task, how do you think your group felt?**

Honestly I didn't think about it at the time. I just wanted it to be good and I know what
good looks like. Isla said afterwards that I made her feel like her ideas didn't count. I don't
think I'm not a good listener, I just listen fast.

**Mr Latu: What might you try next time?**

Maybe I could let everyone say one idea before I draw anything. That's not my natural thing.
Mum says I'm like my dad, "all steam no brakes".

**Mr Latu: Thank you for being honest, Charlie. Let's try the one-idea-each rule next group task.**
""", [("S2014", RJ, "2026-04-01", "teacher prompts in bold; reported speech from Isla and Mum")],
    [("S2014", SA, D, "Honestly I didn't think about it at the time. I just wanted it to be good and I know what\ngood looks like."),
     ("S2014", SOC, D, "Isla said afterwards that I made her feel like her ideas didn't count."),
     ("S2014", COL, D, "Maybe I could let everyone say one idea before I draw anything.")])

doc("Pasifika trade pres.vtt", "T2004", """WEBVTT

NOTE 8L Social Studies presentations, Thurs 7/5/26. Group: Isla M, Tevita, Noah. Topic: trade between NZ and the Pacific.

00:00:03.000 --> 00:00:18.000
<v Isla>Our question was why a pineapple from Tonga costs more in Aoraki than one from the Philippines. We found it's about shipping routes - the big ships don't stop in Tonga very often, so it's more expensive per box.

00:00:19.000 --> 00:00:35.000
<v Tevita>My family in Vava'u grow vanilla. My uncle said they get paid a lot less than what it costs in the supermarket here. So we looked at fair trade and who gets the money.

00:00:36.000 --> 00:00:44.000
<v Noah>Um. This slide is the. The map. Of the ships.

00:00:45.000 --> 00:00:57.000
<v Isla>Thanks Noah. So what we think should happen is a Pacific shipping co-op, and we wrote to the Tongan High Commission to ask if there is one already.

00:00:58.000 --> 00:01:10.000
<v Mr Latu>Questions? Yes, Hemi from 8N.

00:01:11.000 --> 00:01:18.000
<v Hemi>Did they write back?

00:01:19.000 --> 00:01:30.000
<v Isla>Not yet. But we also found a Fiji one online that started in 2019 so we're reading about that.

NOTE SL: Isla - Global Awareness: Advanced. Noah very nervous, read from slide.
""", [("S2015", PR, "2026-05-07", ""), ("S2016", PR, "2026-05-07", ""),
      ("S2013", PR, "2026-05-07", "")],
    [("S2015", GA, A, "So what we think should happen is a Pacific shipping co-op, and we wrote to the Tongan High Commission to ask if there is one already."),
     ("S2015", CT, P, "We found it's about shipping routes - the big ships don't stop in Tonga very often, so it's more expensive per box."),
     ("S2016", GA, P, "So we looked at fair trade and who gets the money."),
     ("S2013", COM, E, "Um. This slide is the. The map. Of the ships.")])

doc("Tevita tutoring Noah.txt", "T2004", """8L peer tutoring - Wed 27/5/26 - Tevita helping Noah set up his planner

[00:00:01] Tevita: Bro, first thing, what's due this week? Look on the class page.
[00:00:09] Noah: Science poster Friday. And the reading log.
[00:00:13] Tevita: Sweet. So write the poster on Thursday, not Friday, so you've got a spare day. That's what I do.
[00:00:20] Noah: Why Thursday if it's due Friday?
[00:00:23] Tevita: Cos something always goes wrong. Like the printer.
[00:00:27] Charlotte: Tevita can I borrow your glue? Sorry, I'll wait till you're done.
[00:00:31] Tevita: Yeah after this. Noah, now you do the reading log one, I'm not writing it.
[00:00:40] Noah: Reading log... every night, so I'll put it on every day. Is that right?
[00:00:44] Tevita: Mean. You didn't even need me for that one.
[00:00:48] Noah: I'm going to colour the due ones red.

SL note: Charlotte waited her turn - noted. Tevita = natural mentor.
""", [("S2016", PT, "2026-05-27", "tutor"), ("S2013", PT, "2026-05-27", "tutee"),
      ("S2014", PT, "2026-05-27", "brief interjection")],
    [("S2016", PLAN, A, "So write the poster on Thursday, not Friday, so you've got a spare day."),
     ("S2016", REL, A, "Noah, now you do the reading log one, I'm not writing it."),
     ("S2013", PLAN, D, "Reading log... every night, so I'll put it on every day. Is that right?"),
     ("S2013", ORG, D, "I'm going to colour the due ones red."),
     ("S2014", IC, D, "Sorry, I'll wait till you're done.")])

doc("Noah mum email.eml", "T2004", dict(
    frm="Huia Kingi <huia.kingi@example.net>",
    to="Sione Latu <s.latu@aorakiridge.school.nz>",
    subject="noah",
    date="Wed, 17 Jun 2026 07:48:19 +1200",
    text="""Morena Mr Latu

Just wanted to say thanks. Noah came home last week and said "Mum I made a checklist by
myself for my bag" and it's stuck on the fridge now. He packs his bag the night before
without me nagging which has NEVER happened.

He still can't find his togs most weeks lol but that's a work in progress.

He also said Tevita showed him "how to do Thursday for Friday" - not sure what that means but
he's happy.

Huia
"""), [("S2013", PN, "2026-06-17", "mother quotes Noah; also mentions Tevita (not his subject)")],
    [("S2013", ORG, D, "He packs his bag the night before\nwithout me nagging which has NEVER happened."),
     ("S2013", TI, P, "Mum I made a checklist by\nmyself for my bag"),
     ("S2013", PLAN, D, "He also said Tevita showed him \"how to do Thursday for Friday\"")])

doc("peer review - Isla.pdf", "T2004", """# 8L Peer Review - Inquiry Report Draft
**Reviewer:** Charlotte Drummond
**Writer:** Isla Marsden
**Date:** 6/8/26
What is strong: I like how you used the Fiji shipping co-op as an example, it made it real. Your paragraph on Tonga is the best one. I didn't expect to like it because trade sounded boring but I actually did.
What could be better: I think a reader who doesn't know about shipping might get lost in paragraph 3. Could you add a picture or a simple diagram?
Note to self (Charlotte): I asked Isla first which part she wanted feedback on, like Mr Latu said. She said paragraph 3, so I spent most of my time on that.
""", [("S2014", PF, "2026-08-06", "reviewer"), ("S2015", PF, "2026-08-06", "writer of the draft; subject")],
    [("S2014", SOC, P, "I think a reader who doesn't know about shipping might get lost in paragraph 3."),
     ("S2014", COL, P, "I asked Isla first which part she wanted feedback on, like Mr Latu said. She said paragraph 3, so I spent most of my time on that."),
     ("S2014", COM, P, "Could you add a picture or a simple diagram?")],
    title="Peer review Isla M", author="Sione Latu")

doc("obs 3 Sept.txt", "T2004", """Obs 3 Sept 2026 (Thurs) - 8L - SL

Noah: handed in the science report two days early. Had broken it into four parts in his
planner with a date next to each one, and he'd written "spare day" on the Friday. When I asked,
he said he'd planned it himself. Still needed a reminder to put his name on it.

Charlotte: in the group task she used the "one idea each" rule without me mentioning it, and
wrote everyone's idea up before picking. When Isla M and Tevita disagreed she asked them to
find the part they agreed on. Big shift from March.

Isla M: away at the regional science fair.
""", [("S2013", OB, "2026-09-03", ""), ("S2014", OB, "2026-09-03", "")],
    [("S2013", PLAN, P, "Had broken it into four parts in his\nplanner with a date next to each one, and he'd written \"spare day\" on the Friday."),
     ("S2013", TI, P, "handed in the science report two days early."),
     ("S2014", COL, A, "When Isla M and Tevita disagreed she asked them to\nfind the part they agreed on."),
     ("S2014", REL, P, "in the group task she used the \"one idea each\" rule without me mentioning it")])

doc("debrief - outdoor ed leaders.md", "T2004", """**Outdoor ed peer leaders debrief**
**Date:** Thursday 5/11/26
**Present:** Tevita, Charlotte, Isla M, Noah, Mr Latu
**Recorded:** phone voice memo, typed up by SL

[00:00:04] Mr Latu: So, camp next week with the year 7s. What could go wrong and what's our plan?
[00:00:12] Isla: The weather. If the kayaking is cancelled the year 7s will be gutted, so I made a backup activity list - orienteering or the bush walk - and which leader runs each one.
[00:00:26] Tevita: Some of the year 7s haven't been away from home before. I reckon we each take two of them as buddies and check in at bedtime. I did that for my little cousins at the church camp.
[00:00:39] Charlotte: And we should ask the shy ones what they want to do instead of deciding for them. I used to just decide. I'm trying not to do that any more.
[00:00:51] Noah: I can do the gear list. I've got a system now, I'll make it a checklist for each tent.
[00:00:58] Isla: Noah, can you also put the spare batteries on it? Last year the torches died.
[00:01:02] Noah: Yep, already on it. Batteries and spare socks.
[00:01:08] Mr Latu: Awesome. This is exactly the kind of thinking ahead I wanted.
""", [("S2016", GD, "2026-11-05", ""), ("S2014", GD, "2026-11-05", ""),
      ("S2015", GD, "2026-11-05", ""), ("S2013", GD, "2026-11-05", "")],
    [("S2015", PLAN, A, "If the kayaking is cancelled the year 7s will be gutted, so I made a backup activity list - orienteering or the bush walk - and which leader runs each one."),
     ("S2016", SOC, A, "Some of the year 7s haven't been away from home before. I reckon we each take two of them as buddies and check in at bedtime."),
     ("S2014", SOC, A, "And we should ask the shy ones what they want to do instead of deciding for them."),
     ("S2014", SA, P, "I used to just decide. I'm trying not to do that any more."),
     ("S2013", ORG, A, "I've got a system now, I'll make it a checklist for each tent."),
     ("S2013", WM, P, "Yep, already on it. Batteries and spare socks.")])

doc("Tevita - end of year.docx", "T2004", """# My year in 8L
**Name:** Tevita Fonua
**Date:** 26 November 2026
## What I am proud of
Helping Noah get his planner sorted. At the start I just did it for him but Mr Latu said that doesn't help, so I changed to making him do it and just asking questions. By Term 3 he didn't need me.
## What was hard
Being in a group with Charlotte at the start. I didn't want to fight so I just worked around her. Later I told her straight but nicely that she wasn't letting Noah in, and she actually listened.
## Goal for next year
I want to be a peer mediator at the high school. I've already asked Mrs Naidoo what the training is.
""", [("S2016", RJ, "2026-11-26", "")],
    [("S2016", REL, A, "Later I told her straight but nicely that she wasn't letting Noah in, and she actually listened."),
     ("S2016", SA, A, "I want to be a peer mediator at the high school. I've already asked Mrs Naidoo what the training is."),
     ("S2016", CF, P, "At the start I just did it for him but Mr Latu said that doesn't help, so I changed to making him do it and just asking questions.")],
    title="End of year - Tevita", author="Sione Latu", subject="Reflection")

doc("Charlie parent meeting.pdf", "T2004", """# Note from home
**To:** Mr Latu
**From:** Andrew Drummond (Charlotte's dad)
**Date:** 19/10/26
Dear Mr Latu,
Thank you for the report. We have noticed the change at home too. Charlotte used to take over every family game night - now she asks her little brother what he wants to play first.
She told us "Mr Latu says a good leader makes room", and she repeats it to her brother when he gets bossy, which we find very funny.
She isn't perfect - she still interrupts at dinner when she's excited - but she catches herself and says sorry.
Kind regards,
Andrew Drummond
""", [("S2014", PN, "2026-10-19", "handwritten-style note scanned to PDF")],
    [("S2014", REL, P, "now she asks her little brother what he wants to play first."),
     ("S2014", IC, D, "she still interrupts at dinner when she's excited - but she catches herself and says sorry.")],
    title="Note from home", author="Sione Latu")
