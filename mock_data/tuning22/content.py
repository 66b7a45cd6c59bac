# Content for the Pinecrest Consolidated School blind set (all fictional).
# Each doc: f=file name, t=dropping teacher, kind, body, truth rows, labels.

TEACHERS = [
    ("T2301", "Dana Thibodeau", "dthibodeau@pinecrest.k12.me.us", "U23TH0D01"),
    ("T2302", "Walt Pelletier", "wpelletier@pinecrest.k12.me.us", "U23PE1L02"),
    ("T2303", "Rosalind Oakes", "roakes@pinecrest.k12.me.us", "U23OAK303"),
    ("T2304", "Kyle Bouchard", "kbouchard@pinecrest.k12.me.us", "U23BOU304"),
]

STUDENTS = [
    ("S2301", "Hazel Moody", 6, "T2301", ""),
    ("S2302", "Owen Gagnon", 6, "T2301", ""),
    ("S2303", "Brynn Caron", 6, "T2301", ""),
    ("S2304", "Elijah Cote", 6, "T2301", "Eli"),
    ("S2305", "Owen Levesque", 7, "T2302", ""),
    ("S2306", "Maisie Dube", 7, "T2302", ""),
    ("S2307", "Tobias Ouellette", 7, "T2302", "Toby"),
    ("S2308", "Priya Nadeau", 7, "T2302", ""),
    ("S2309", "Lila Soucy", 8, "T2303", ""),
    ("S2310", "Jasper Michaud", 8, "T2303", ""),
    ("S2311", "Wren Albert", 8, "T2303", ""),
    ("S2312", "Cody Theriault", 8, "T2303", "CJ"),
    ("S2313", "Hazel Fortin", 7, "T2304", ""),
    ("S2314", "Dominic Pelkey", 8, "T2304", "Dom"),
    ("S2315", "Aubree Libby", 6, "T2304", ""),
    ("S2316", "Silas Grant", 7, "T2304", ""),
]

GD, PT, PP, RJ, PF, TO, PN = ("group_discussion_transcript", "peer_tutoring_transcript",
                              "project_presentation_transcript", "reflection_journal",
                              "peer_feedback", "teacher_observation_note", "parent_note")

DOCS = []


def doc(f, t, kind, body, truth, labels, **kw):
    d = dict(f=f, t=t, kind=kind, body=body.strip("\n") + "\n", truth=truth, labels=labels)
    d.update(kw)
    DOCS.append(d)


# ---------------------------------------------------------------- T2301 Mrs. Thibodeau, gr 6 ELA
doc("advisory circle 10-7.txt", "T2301", "txt", """
Advisory Circle - Tuesday 10/7/25
Room 14, Mrs. Thibodeau's advisory
Scribe: Brynn C. (I typed what people said as close as I could)
Topic: What makes a good lunch table

MRS. T - Okay, talking piece goes around. What makes lunch feel good or bad?
HAZEL - I noticed that when Addie sits alone she kind of looks at our table but doesn't ask, so I think we should just wave her over instead of waiting for her to ask.
OWEN - This is dumb. I'm not doing it.
MRS. T - You can pass, Owen.
OWEN - Fine whatever, pass. Actually no, the lunch table is bad because Kaden takes my chips and I just threw my tray last week and I got in trouble and that wasn't even fair.
ELI - Owen I wasn't done, I was going to say something. Sorry. I mean, I think it's good when people ask before they sit.
BRYNN - I'm the scribe but can I say one thing? I think the rule should be you can't save seats, because saving seats is how people get left out, and then everybody knows where they can sit.
MRS. T - Thank you. Eli, did you want to add to that?
ELI - Yeah, I guess I could ask Owen if he wants to sit with us so Kaden isn't there. If that's okay with him.
OWEN - Maybe.

(end of circle - Brynn)
""", [("S2301", GD, "2025-10-07", "speaker HAZEL"), ("S2302", GD, "2025-10-07", "speaker OWEN"),
      ("S2303", GD, "2025-10-07", "scribe and speaker BRYNN"), ("S2304", GD, "2025-10-07", "speaker ELI")],
    [("S2301", "Social Awareness", "Proficient", "I noticed that when Addie sits alone she kind of looks at our table but doesn't ask, so I think we should just wave her over instead of waiting for her to ask."),
     ("S2302", "Self-Management", "Emerging", "I just threw my tray last week and I got in trouble and that wasn't even fair."),
     ("S2304", "Relationship Skills", "Developing", "Yeah, I guess I could ask Owen if he wants to sit with us so Kaden isn't there. If that's okay with him."),
     ("S2303", "Communication", "Proficient", "I think the rule should be you can't save seats, because saving seats is how people get left out, and then everybody knows where they can sit."),
     ("S2304", "Inhibitory Control", "Emerging", "Owen I wasn't done, I was going to say something. Sorry.")])

doc("Hazel reading conf.docx", "T2301", "docx", """
# Reading Conference Notes
Book: The Wild Robot (Peter Brown)
Hazel came to the conference with sticky notes already sorted into "questions" and "proof" piles, and she had set herself a finish date of 10/24 that she is on track for.
Hazel argued that Roz is not really "wild" at the end because the author keeps giving her human-like choices; she used two passages that seemed to disagree and explained why the later one mattered more.
She questioned the blurb on the back cover, saying it "makes it sound like an action book when it's really about belonging."
Next step: write a short response comparing Roz to a character from our read-aloud.
""", [("S2301", TO, "2025-10-15", "conference note")],
    [("S2301", "Critical Thinking", "Advanced", "Hazel argued that Roz is not really \"wild\" at the end because the author keeps giving her human-like choices; she used two passages that seemed to disagree and explained why the later one mattered more."),
     ("S2301", "Planning & Prioritization", "Proficient", "Hazel came to the conference with sticky notes already sorted into \"questions\" and \"proof\" piles, and she had set herself a finish date of 10/24 that she is on track for.")],
    title="Reading Conference Notes - Hazel", author="Dana Thibodeau",
    table=[("Student", "Hazel Moody"), ("Date", "Oct 15, 2025"), ("Class", "ELA 6 - Block 2")],
    created="2025-10-15T14:10:00")

doc("exit tix 10_22.txt", "T2301", "txt", """
EXIT TICKET - Wed 10/22
Q1: What was hard today? Q2: What will you do about it?

Name: Hazel M.
Q1: Keeping the three drafts straight.
Q2: I made a folder for each draft in my binder and labeled them with the date, so I'll keep doing that.

Name: Owen G
Q1: I forgot what the 3rd step was and then I forgot the 2nd one too
Q2: idk ask somebody

Name: Brynn Caron
Q1: I got frustrated when my paragraph didn't sound right and I think it's because I'm a perfectionist and I get embarrassed when my writing isn't good the first time.
Q2: My goal is to write a messy first draft on purpose and fix it tomorrow, because I know that's when I actually get stuff done.

Name: Eli
Q1: starting. I sat there a long time
Q2: I did start once Mrs T gave me the sentence starter so maybe I will use the starters on the wall
""", [("S2301", RJ, "2025-10-22", "exit ticket, Hazel M."), ("S2302", RJ, "2025-10-22", "exit ticket, Owen G"),
      ("S2303", RJ, "2025-10-22", "exit ticket"), ("S2304", RJ, "2025-10-22", "exit ticket, Eli")],
    [("S2301", "Organization", "Proficient", "I made a folder for each draft in my binder and labeled them with the date, so I'll keep doing that."),
     ("S2302", "Working Memory", "Emerging", "I forgot what the 3rd step was and then I forgot the 2nd one too"),
     ("S2303", "Self-Awareness", "Advanced", "My goal is to write a messy first draft on purpose and fix it tomorrow, because I know that's when I actually get stuff done."),
     ("S2303", "Self-Awareness", "Proficient", "I got frustrated when my paragraph didn't sound right and I think it's because I'm a perfectionist and I get embarrassed when my writing isn't good the first time."),
     ("S2304", "Task Initiation", "Developing", "I did start once Mrs T gave me the sentence starter so maybe I will use the starters on the wall")])

doc("Re_ Owen and homework.eml", "T2301", "eml", """
Dear Mrs. Thibodeau,

This is Pauline Gagnon, Owen's grandmother. Owen has been living with me and his grandfather since August so I am the one who checks his homework now.

Most nights his binder comes home with the papers stuffed in loose and he can't find the reading log at all, even when I saw him put it in there that morning.
When I asked him about it he said, "I get mad because I don't know where anything is and then I just quit." I thought you should know he said that, because he doesn't usually talk about his feelings.

Would a checklist taped inside the binder help? I'm happy to sign it every night.

Thank you for your patience with him,
Pauline Gagnon

On Mon, Oct 27, 2025 at 3:12 PM Dana Thibodeau <dthibodeau@pinecrest.k12.me.us> wrote:
> Hi Mrs. Gagnon, just checking in about Owen's reading log. It hasn't come in for two weeks.
""", [("S2302", PN, "2025-10-28", "grandmother's email")],
    [("S2302", "Organization", "Emerging", "Most nights his binder comes home with the papers stuffed in loose and he can't find the reading log at all, even when I saw him put it in there that morning."),
     ("S2302", "Self-Awareness", "Developing", "I get mad because I don't know where anything is and then I just quit.")],
    headers={"From": "Pauline Gagnon <pgagnon1952@midmaine.net>", "To": "Dana Thibodeau <dthibodeau@pinecrest.k12.me.us>",
             "Subject": "Re: Owen and homework", "Date": "Tue, 28 Oct 2025 19:41:07 -0400"})

doc("self assessment nov.docx", "T2301", "docx", """
# Self-Assessment: How I Work
Put an X in the box that sounds most like you. Then explain.
[X] I start my work without reminders   [ ] Sometimes   [ ] Not yet
Explain: I start most of the time but when it's writing I wait until Mrs. T comes over, then I can go.
[ ] I stay focused when people are talking   [ ] Sometimes   [X] Not yet
Explain: I always end up talking to Owen or drawing on my hand and then I miss what we are supposed to do. I got my name on the board 3 times this week.
[X] I use my Chromebook for school stuff   [ ] Sometimes   [ ] Not yet
Explain: I use Docs and Quizlet and I know how to share a doc with the teacher. At home I mostly watch YouTube but I used it to look up how to draw a map for my story once.
My goal for December: put my Chromebook in the bin during read aloud
""", [("S2304", RJ, "2025-11-07", "self-assessment; name only in table")],
    [("S2304", "Task Initiation", "Developing", "I start most of the time but when it's writing I wait until Mrs. T comes over, then I can go."),
     ("S2304", "Inhibitory Control", "Emerging", "I always end up talking to Owen or drawing on my hand and then I miss what we are supposed to do."),
     ("S2304", "Digital Literacy", "Developing", "I use Docs and Quizlet and I know how to share a doc with the teacher.")],
    title="Self-Assessment", author="Dana Thibodeau",
    table=[("Student", "Elijah Cote"), ("Date", "Friday 11/7/25"), ("Class", "ELA 6 - Block 4")],
    created="2025-11-07T10:05:00")

doc("notes tues.txt", "T2301", "txt", """
Tues 11/18 - block 2 notes (lit circles)

Brynn's group had two kids who weren't talking. Brynn asked each of them what they thought of the ending, gave them the first turn, and when Owen and Hazel started arguing about whose poster idea to use she suggested they combine the map and the timeline. Nobody had to ask her to do that.

Owen G. sat with a blank page for ten minutes. He started after I came over and we broke the job into three small pieces on a sticky note.
When we switched from poster to gallery walk he put his head down and said he wasn't done and wasn't going. Took the rest of the period to get him back.

Hazel fine, worked steady.
""", [("S2303", TO, "2025-11-18", "observation"), ("S2302", TO, "2025-11-18", "observation, Owen G."),
      ("S2301", TO, "2025-11-18", "mentioned briefly")],
    [("S2303", "Collaboration", "Advanced", "Brynn asked each of them what they thought of the ending, gave them the first turn, and when Owen and Hazel started arguing about whose poster idea to use she suggested they combine the map and the timeline."),
     ("S2302", "Task Initiation", "Developing", "He started after I came over and we broke the job into three small pieces on a sticky note."),
     ("S2302", "Cognitive Flexibility", "Emerging", "When we switched from poster to gallery walk he put his head down and said he wasn't done and wasn't going.")])

doc("peer feedback - book talk.md", "T2301", "md", """
# Peer Feedback Form - Book Talks

**Presenter:** Eli C.
**Reviewer:** Hazel M.
**Date:** 11/21

**One thing that worked:** You picked the scariest part to read out loud and you stopped right before the ending, which made me actually want to read it. Your voice got quiet at the right part.

**One thing to try:** You said "um" a lot at the start. Maybe practice the first sentence three times so you don't have to think about it. Also look at the back row, not just me.

**Question for the presenter:** Why did you pick this book over Hatchet?

**Presenter's response:** I picked it because I like scary books. I know I say um when I'm nervous, my mom says that too, so I'll practice the first part.
""", [("S2301", PF, "2025-11-21", "reviewer"), ("S2304", PF, "2025-11-21", "presenter, wrote response")],
    [("S2301", "Communication", "Proficient", "You picked the scariest part to read out loud and you stopped right before the ending, which made me actually want to read it."),
     ("S2301", "Relationship Skills", "Proficient", "Maybe practice the first sentence three times so you don't have to think about it. Also look at the back row, not just me."),
     ("S2304", "Self-Awareness", "Developing", "I know I say um when I'm nervous, my mom says that too, so I'll practice the first part.")])

doc("scan 3.pdf", "T2301", "pdf", """
Brynn C.   journal    12/3
Prompt: Write about a time this month you had to change your plan.

Our play for the winter assembly was supposed to have six people but two got strep. At first I was really upset but then I rewrote the scenes so the narrator says the missing lines, and I made a list of who could cover which part if anyone else got sick.

(Mrs. T in margin: How did the group feel about the changes?)

Some people were mad because they had more lines. I told them they could have the short scenes and I would take the long ones, and it was fine after that.
""", [("S2303", RJ, "2025-12-03", "scanned journal, name top left")],
    [("S2303", "Cognitive Flexibility", "Advanced", "At first I was really upset but then I rewrote the scenes so the narrator says the missing lines, and I made a list of who could cover which part if anyone else got sick."),
     ("S2303", "Relationship Skills", "Proficient", "I told them they could have the short scenes and I would take the long ones, and it was fine after that.")],
    title="scan 3", author="Brother MFC-L2700", created="2025-12-04T07:52:00")

doc("book club otter.txt", "T2301", "txt", """
Book club - Tues Dec 9th - Otter transcript
KEY (added by me after): Speaker 1 = me (Mrs. T), Speaker 2 = Hazel, Speaker 3 = Eli, Speaker 4 = Owen G.

Speaker 1  0:03
Okay so the article says wolves were brought back to Yellowstone and it changed the rivers. Do you believe that?

Speaker 3  0:11
Yeah it's true because it says so right there in the article. It's from a website so it has to be right.

Speaker 2  0:19
I thought that too at first, but then the second article said it's more complicated, like the elk were already changing and the beavers mattered too. So maybe it's both, and we could say the wolves helped but weren't the only reason.

Speaker 4  0:36
The wolves ate the elk. So the trees grew. Because the elk, they, they didn't eat the trees. The baby trees.

Speaker 1  0:45
Nice, Owen. Can you say that again in one sentence?

Speaker 4  0:49
The wolves ate the elk so the baby trees could grow back.

Speaker 2  0:55
Ooh, what if we flip the question and ask what would happen if the wolves left again?
""", [("S2301", GD, "2025-12-09", "Speaker 2"), ("S2304", GD, "2025-12-09", "Speaker 3"), ("S2302", GD, "2025-12-09", "Speaker 4")],
    [("S2304", "Critical Thinking", "Emerging", "Yeah it's true because it says so right there in the article. It's from a website so it has to be right."),
     ("S2301", "Cognitive Flexibility", "Advanced", "Ooh, what if we flip the question and ask what would happen if the wolves left again?"),
     ("S2301", "Critical Thinking", "Advanced", "I thought that too at first, but then the second article said it's more complicated, like the elk were already changing and the beavers mattered too."),
     ("S2302", "Communication", "Developing", "The wolves ate the elk so the baby trees could grow back.")])

doc("winter conference brynn.md", "T2301", "md", """
# Winter Conference

**Student:** Brynn Caron
**Date:** 1/13/26
**Present:** Brynn, Mrs. Thibodeau

## Notes
- Brynn set herself a goal in September to read 25 books by June and tracks it on a chart she made. When the flu put her behind in December she made a catch-up plan on her own and is back on pace.
- She is running the class newsletter and the winter play at the same time; she keeps a two-column list with what has to happen this week for each and a "plan B" for the newsletter if the printer is down.
- She still needs the Friday check to get her reading log turned in, though it's more often than in the fall.

## Next steps
Brynn wants to mentor a 4th grade reading buddy.
""", [("S2303", TO, "2026-01-13", "conference note")],
    [("S2303", "Self-Management", "Advanced", "When the flu put her behind in December she made a catch-up plan on her own and is back on pace."),
     ("S2303", "Planning & Prioritization", "Advanced", "she keeps a two-column list with what has to happen this week for each and a \"plan B\" for the newsletter if the printer is down."),
     ("S2303", "Organization", "Developing", "She still needs the Friday check to get her reading log turned in, though it's more often than in the fall.")])

doc("Eli weekend project.eml", "T2301", "eml", """
Hi Mrs. Thibodeau,

Just a quick note about Eli's Maine history diorama. He didn't need a single reminder to start it this weekend - he got the materials out Saturday morning before I was even up and worked on it on his own.

He did get really upset Sunday when the wifi went down and he couldn't look up the picture of the lighthouse. He ended up crying and said the whole thing was ruined, and it took a while before he would try drawing it from the book instead.

Thanks,
Jen Cote
""", [("S2304", PN, "2026-01-26", "mom's email")],
    [("S2304", "Task Initiation", "Proficient", "He didn't need a single reminder to start it this weekend - he got the materials out Saturday morning before I was even up and worked on it on his own."),
     ("S2304", "Cognitive Flexibility", "Emerging", "He ended up crying and said the whole thing was ruined, and it took a while before he would try drawing it from the book instead.")],
    headers={"From": "Jen Cote <jcote.family@gmail.com>", "To": "dthibodeau@pinecrest.k12.me.us",
             "Subject": "diorama", "Date": "Mon, 26 Jan 2026 06:58:33 -0500"})

doc("poster reflections.txt", "T2301", "txt", """
Poster project reflection (gallery walk day)
What was your idea and where did it come from?

Owen Gagnon: I just did the same poster as Hazel because I couldn't think of anything. I changed the color.

Hazel Moody: I wanted a poster that people could use so I made a flap you lift to check your answer, like the ones at the science museum in Portland. Mrs. T said the flaps were too small so I made them bigger and added a key.
""", [("S2302", RJ, "2026-02-05", "undated in text; filed under gallery walk day Thu 2/5/26"), ("S2301", RJ, "2026-02-05", "undated in text; filed under gallery walk day Thu 2/5/26")],
    [("S2302", "Creativity & Innovation", "Emerging", "I just did the same poster as Hazel because I couldn't think of anything. I changed the color."),
     ("S2301", "Creativity & Innovation", "Proficient", "Mrs. T said the flaps were too small so I made them bigger and added a key.")])

# ---------------------------------------------------------------- T2302 Mr. Pelletier, gr 7 science
doc("lab group 2 - 11_5.vtt", "T2302", "vtt", """
WEBVTT

NOTE Lab group 2 planning - Wed 11/5/25 - Mr. Pelletier, Science 7

00:00:02.000 --> 00:00:09.000
<v Priya>Okay, before we start, Toby you had the idea about the cups, and Owen had the timer idea. Can we use both?

00:00:09.500 --> 00:00:14.000
<v Toby>Can I pour it? I wanna pour it. Oh wait look at this bug.

00:00:14.500 --> 00:00:22.000
<v Maisie>Mr. P said write the steps first. Um, step one is measure the water. I don't know what step two is, can you help me?

00:00:22.500 --> 00:00:33.000
<v Owen>The sheet says salt water floats the egg, but we should test it ourselves with fresh water too so we know it's the salt and not the egg.

00:00:33.500 --> 00:00:41.000
<v Priya>Good, so Owen's control. Maisie, you do the steps list, I'll check it with you, and Toby times it. Does everyone get a job they like?

00:00:41.500 --> 00:00:44.000
<v Toby>Is it lunch yet?

NOTE Teacher notes after: Skills observed: Collaboration - Advanced (Priya); Inhibitory Control - Emerging (Toby)
""", [("S2308", GD, "2025-11-05", "speaker Priya"), ("S2307", GD, "2025-11-05", "speaker Toby"),
      ("S2306", GD, "2025-11-05", "speaker Maisie"), ("S2305", GD, "2025-11-05", "speaker Owen (Levesque)")],
    [("S2308", "Collaboration", "Advanced", "Maisie, you do the steps list, I'll check it with you, and Toby times it. Does everyone get a job they like?"),
     ("S2307", "Inhibitory Control", "Emerging", "Can I pour it? I wanna pour it. Oh wait look at this bug."),
     ("S2306", "Planning & Prioritization", "Developing", "Um, step one is measure the water. I don't know what step two is, can you help me?"),
     ("S2305", "Critical Thinking", "Proficient", "The sheet says salt water floats the egg, but we should test it ourselves with fresh water too so we know it's the salt and not the egg.")])

doc("watershed presentations.srt", "T2302", "srt", """
1
00:00:01,000 --> 00:00:07,500
MR. PELLETIER: Good morning, it's Thursday Dec 4th, first up is Maisie and Toby on the Kennebec watershed.

2
00:00:08,000 --> 00:00:19,000
MAISIE: Imagine you're an alewife. You swim from the ocean all the way up the Kennebec to spawn, and for a hundred and sixty years there was a dam in Augusta blocking you. When the Edwards Dam came down in 1999, the fish came back by the millions.

3
00:00:19,500 --> 00:00:30,000
MAISIE: And it's not just Maine. Rivers in Europe and Asia have the same problem with dams, and fish that cross borders need countries to agree, so what we do here is part of something bigger.

4
00:00:30,500 --> 00:00:36,000
TOBY: Um. So. The fish. Yeah. The pictures are here. I forgot my part.

5
00:00:36,500 --> 00:00:45,000
TOBY: Oh, I know this. If the river gets dirty in Maine it goes into the ocean and then it's everybody's ocean, like the fish go to other places too.

6
00:00:45,500 --> 00:00:50,000
MAISIE: Thank you! Any questions?
""", [("S2306", PP, "2025-12-04", "presenter MAISIE"), ("S2307", PP, "2025-12-04", "presenter TOBY")],
    [("S2306", "Communication", "Advanced", "Imagine you're an alewife. You swim from the ocean all the way up the Kennebec to spawn, and for a hundred and sixty years there was a dam in Augusta blocking you."),
     ("S2306", "Global Awareness", "Proficient", "Rivers in Europe and Asia have the same problem with dams, and fish that cross borders need countries to agree, so what we do here is part of something bigger."),
     ("S2307", "Communication", "Emerging", "Um. So. The fish. Yeah. The pictures are here. I forgot my part."),
     ("S2307", "Global Awareness", "Developing", "If the river gets dirty in Maine it goes into the ocean and then it's everybody's ocean, like the fish go to other places too.")])

doc("toby obs 10.14.txt", "T2302", "txt", """
10/14 Tobias - science 7, period 3

Toby came in without his lab notebook again (third time this month) and his worksheet from Friday was balled up in the bottom of his backpack with a banana peel.
When the scale wouldn't zero he started getting loud; I pointed at the calm-down card on his desk and he took three breaths and tried again. He wouldn't have done that without the reminder.
Sat with Owen L. for the rest of the period, which helped.
""", [("S2307", TO, "2025-10-14", "observation")],
    [("S2307", "Organization", "Emerging", "Toby came in without his lab notebook again (third time this month) and his worksheet from Friday was balled up in the bottom of his backpack with a banana peel."),
     ("S2307", "Self-Management", "Developing", "When the scale wouldn't zero he started getting loud; I pointed at the calm-down card on his desk and he took three breaths and tried again.")])

doc("Priya tutoring density.txt", "T2302", "txt", """
Peer tutoring - density - 11/20 - recorded on classroom iPad, typed up by Mr. P
Tutor: Priya N.   Tutee: Owen L.

[00:00:04] Priya: So what do you already know about density? Don't worry if it's not right, I just want to know where to start.
[00:00:11] Owen: It's like, how heavy something is? Mass divided by... something.
[00:00:17] Priya: Mass divided by volume, yeah. Let's try the first one together and then you do the second one and I'll just watch.
[00:00:29] Owen: Okay so 40 grams and 10... wait what was the volume again? And what do I do after I divide?
[00:00:35] Priya: Volume's 10. You divide and that's it, then write g per cm cubed. You had it, you just needed the unit.
[00:00:52] Owen: 4 grams per centimeter cubed. I get it better when I write the formula at the top first, because in my head I lose the numbers. I'm gonna do that on the quiz.
[00:01:03] Priya: That's a really good idea. I do that too. Want to try one with the rock where you have to find the volume with water first?
[00:01:10] Owen: Sure.
""", [("S2308", PT, "2025-11-20", "tutor"), ("S2305", PT, "2025-11-20", "tutee Owen L.")],
    [("S2308", "Relationship Skills", "Advanced", "Let's try the first one together and then you do the second one and I'll just watch."),
     ("S2308", "Communication", "Proficient", "So what do you already know about density? Don't worry if it's not right, I just want to know where to start."),
     ("S2305", "Working Memory", "Developing", "Okay so 40 grams and 10... wait what was the volume again? And what do I do after I divide?"),
     ("S2305", "Self-Awareness", "Proficient", "I get it better when I write the formula at the top first, because in my head I lose the numbers. I'm gonna do that on the quiz.")])

doc("Exit ticket density.docx", "T2302", "docx", """
# Exit Ticket - Density
Question: A block floats in water but sinks in oil. What can you say about its density? How sure are you?
Owen L.: Its density is less than water but more than oil. I'm pretty sure because I checked the oil density in the textbook table and it was 0.9.
Maisie: It's in between. I think. I wrote it down from the board.
Toby: less than water. I remembered to do both parts this time, mass then volume, I wrote them on my hand.
Priya: Between 0.9 and 1.0 g/cm3, but only if the oil is the same kind as in our lab. The video said all oil is 0.9 but olive oil and motor oil aren't the same, so I'd want to test it.
""", [("S2305", RJ, "2025-11-12", "exit ticket"), ("S2306", RJ, "2025-11-12", "exit ticket"),
      ("S2307", RJ, "2025-11-12", "exit ticket"), ("S2308", RJ, "2025-11-12", "exit ticket")],
    [("S2305", "Critical Thinking", "Proficient", "I'm pretty sure because I checked the oil density in the textbook table and it was 0.9."),
     ("S2307", "Working Memory", "Developing", "I remembered to do both parts this time, mass then volume, I wrote them on my hand."),
     ("S2308", "Critical Thinking", "Advanced", "The video said all oil is 0.9 but olive oil and motor oil aren't the same, so I'd want to test it."),
     ("S2306", "Critical Thinking", "Emerging", "It's in between. I think. I wrote it down from the board.")],
    title="Exit Ticket - Density", author="Walt Pelletier",
    table=[("Student", "(whole lab table 3)"), ("Date", "Wed 11/12"), ("Class", "Science 7 - P3")],
    created="2025-11-12T13:30:00")

doc("peer review lab report.pdf", "T2302", "pdf", """
PEER REVIEW - LAB REPORT (Science 7)
Reviewer: Toby O.      Author: Priya N.      Date: 12/11/25

1. Is the claim clear?  Yes. She says the heavier ball doesnt fall faster.
2. Does the evidence match the claim?  I think so but one trial had a different time and she didnt say why. Maybe someone dropped it late.
3. One kind thing and one helpful thing:  Your graph is really neat. Maybe say why trial 3 was weird.

AUTHOR REPLY (Priya): Thanks Toby, you're right about trial 3, I'll add a sentence. I also color-coded my whole binder by unit and showed Toby and Owen how to set theirs up, so the reports are easier to find now.
""", [("S2307", PF, "2025-12-11", "reviewer"), ("S2308", PF, "2025-12-11", "author, wrote reply")],
    [("S2307", "Critical Thinking", "Developing", "I think so but one trial had a different time and she didnt say why. Maybe someone dropped it late."),
     ("S2307", "Relationship Skills", "Developing", "Your graph is really neat. Maybe say why trial 3 was weird."),
     ("S2308", "Organization", "Advanced", "I also color-coded my whole binder by unit and showed Toby and Owen how to set theirs up, so the reports are easier to find now.")],
    title="Peer Review", author="Walt Pelletier", created="2025-12-12T08:15:00")

doc("FW_ science fair question.eml", "T2302", "eml", """
Walt - this came to the main office, forwarding to you. - Bev

---------- Forwarded message ---------
From: Marc Dube <mdube.woodworks@gmail.com>
Date: Wed, Jan 7, 2026 at 8:02 PM
Subject: science fair question
To: <office@pinecrest.k12.me.us>

Hello, I'm Maisie Dube's father. Maisie wants to know if she can bring her plants in on the Monday before the fair instead of the day of.

She's got a calendar on the fridge with every step of the project worked out to the fair date, and she even planted a second tray of seeds in case the first ones don't sprout.
When her first tray got knocked over by the cat she was upset for about five minutes and then she just said "that's why I have tray two" and went back to work.

Thanks,
Marc Dube
""", [("S2306", PN, "2026-01-08", "forwarded parent email; forward date 1/8, original 1/7")],
    [("S2306", "Planning & Prioritization", "Advanced", "She's got a calendar on the fridge with every step of the project worked out to the fair date, and she even planted a second tray of seeds in case the first ones don't sprout."),
     ("S2306", "Self-Management", "Proficient", "When her first tray got knocked over by the cat she was upset for about five minutes and then she just said \"that's why I have tray two\" and went back to work.")],
    headers={"From": "Beverly Hersey <office@pinecrest.k12.me.us>", "To": "wpelletier@pinecrest.k12.me.us",
             "Subject": "FW: science fair question", "Date": "Thu, 08 Jan 2026 07:45:10 -0500"})

doc("owen checkin 2-3.md", "T2302", "md", """
# Check-in

**Student:** Owen L.
**Date:** Tues 2/3
**Class:** Science 7, P5

Owen had his science fair board started before the rest of the table had picked topics, and he came in at lunch on his own to weigh his samples.
He still calls out answers during discussion - he caught himself twice today and raised his hand after, but the other times he didn't.
We talked about using the "parking lot" sticky for ideas when it isn't his turn.
""", [("S2305", TO, "2026-02-03", "check-in, Owen L.")],
    [("S2305", "Task Initiation", "Proficient", "Owen had his science fair board started before the rest of the table had picked topics, and he came in at lunch on his own to weigh his samples."),
     ("S2305", "Inhibitory Control", "Developing", "He still calls out answers during discussion - he caught himself twice today and raised his hand after, but the other times he didn't.")])

doc("Priya self-assess.docx", "T2302", "docx", """
# Science 7 Self-Assessment (Trimester 2)
Check one box for each, then give an example.
Focus:  [ ] Working on it   [ ] Usually   [X] Almost always
Example: I put my phone in my locker before study hall so I won't even be tempted to check it, and I sit away from the window.
Using tech:  [ ] Working on it   [ ] Usually   [X] Almost always
Example: When I was researching the dam, I noticed the video about it was made by the power company that owns the dam, so I looked for a source from a group that didn't make money from it and compared them.
Knowing myself:  [ ] Working on it   [ ] Usually   [X] Almost always
Example: I know I rush when I'm excited, so for the science fair I decided to do my trials on two different days so I don't hurry and mess them up.
""", [("S2308", RJ, "2026-02-13", "self-assessment")],
    [("S2308", "Inhibitory Control", "Advanced", "I put my phone in my locker before study hall so I won't even be tempted to check it, and I sit away from the window."),
     ("S2308", "Digital Literacy", "Advanced", "I noticed the video about it was made by the power company that owns the dam, so I looked for a source from a group that didn't make money from it and compared them."),
     ("S2308", "Self-Awareness", "Advanced", "I know I rush when I'm excited, so for the science fair I decided to do my trials on two different days so I don't hurry and mess them up.")],
    title="Self-Assessment T2", author="Walt Pelletier",
    table=[("Student", "Priya Nadeau"), ("Date", "Feb 13th"), ("Class", "Science 7 - P3")],
    created="2026-02-13T11:00:00")

doc("note from home.txt", "T2302", "txt", """
(typed from the note Toby brought in, 3/2)

Mr. Pelletier - Toby has not started the science fair board. Every night he says he'll do it after one more game and then it's bedtime. I have to sit right next to him or nothing happens.

On a better note, he built a rain gauge out of a soda bottle and a ruler for the garden, and when it kept blowing over he figured out to put rocks in the bottom and tape it to the fence post. Nobody showed him that. Could that be his project?

- Angela Ouellette
""", [("S2307", PN, "2026-03-02", "parent note transcribed by teacher")],
    [("S2307", "Task Initiation", "Emerging", "I have to sit right next to him or nothing happens."),
     ("S2307", "Creativity & Innovation", "Proficient", "when it kept blowing over he figured out to put rocks in the bottom and tape it to the fence post.")])

doc("lab obs 3_10.docx", "T2302", "docx", """
# Lab Observation
Chemical change lab
Maisie noticed a group at the next table about to mix the bleach-based cleaner with the vinegar for a "bigger reaction." She stopped them, explained it makes a toxic gas, and then suggested they ask me for baking soda instead so they could still get their result.
When the hot plate at her station broke, Maisie reworked her group's procedure to use warm tap water and a longer wait time, and wrote down that the change might affect their results.
Owen L. mostly followed Maisie's lead. When I asked him for an idea he added one (timing with his watch instead of the wall clock), but he didn't offer anything on his own.
""", [("S2306", TO, "2026-03-10", "observation"), ("S2305", TO, "2026-03-10", "observation, Owen L.")],
    [("S2306", "Responsible Decision-Making", "Advanced", "She stopped them, explained it makes a toxic gas, and then suggested they ask me for baking soda instead so they could still get their result."),
     ("S2306", "Cognitive Flexibility", "Advanced", "When the hot plate at her station broke, Maisie reworked her group's procedure to use warm tap water and a longer wait time, and wrote down that the change might affect their results."),
     ("S2305", "Collaboration", "Developing", "When I asked him for an idea he added one (timing with his watch instead of the wall clock), but he didn't offer anything on his own.")],
    title="Lab Observation 3/10", author="Walt Pelletier",
    table=[("Student", "Maisie D. / Owen L."), ("Date", "March 10, 2026"), ("Class", "Science 7 - P5")],
    created="2026-03-10T15:20:00")

# ---------------------------------------------------------------- T2303 Ms. Oakes, gr 8 social studies
doc("advisory circle 11-13.txt", "T2303", "txt", """
8th grade advisory circle - Thurs 11/13
scribe: Lila S.
topic: the coat drive + the fight at recess

MS. OAKES - Wren, you wanted to start?
WREN - Yeah. So I already talked to Mr. Hanley and got the boxes, and I made a sign-up sheet, so if anyone wants to help with the coat drive I need two people per grade to collect. I started it because my cousin's school in Lewiston did one and a lot of kids at our bus stop don't have real coats.
CJ - That's stupid, nobody's gonna give their coats. And Marcus started it at recess, not me. He's lying.
MARCUS - I didn't even
WREN - Wait, can we let Marcus finish? CJ, I think you're mad because people are saying it was you. Marcus, what did you see?
MARCUS - I saw him push Tanner but Tanner pushed first.
JASPER - I mean I was kind of mad too. I think I was mad because I got benched and I didn't do anything, so I said some stuff. I probably shouldn't have.
LILA - Can I say something? I'm not going to sign up for the coat drive collecting because I have the history fair and if I say yes to too much I'll do a bad job at everything, but I can make the posters this weekend because that's only one night.
MS. OAKES - Thanks Lila. CJ, anything else?
CJ - No. Whatever.
""", [("S2311", GD, "2025-11-13", "speaker WREN"), ("S2312", GD, "2025-11-13", "speaker CJ"),
      ("S2310", GD, "2025-11-13", "speaker JASPER"), ("S2309", GD, "2025-11-13", "scribe and speaker LILA")],
    [("S2311", "Task Initiation", "Advanced", "So I already talked to Mr. Hanley and got the boxes, and I made a sign-up sheet, so if anyone wants to help with the coat drive I need two people per grade to collect."),
     ("S2311", "Social Awareness", "Advanced", "Wait, can we let Marcus finish? CJ, I think you're mad because people are saying it was you. Marcus, what did you see?"),
     ("S2312", "Relationship Skills", "Emerging", "That's stupid, nobody's gonna give their coats. And Marcus started it at recess, not me. He's lying."),
     ("S2310", "Self-Awareness", "Developing", "I think I was mad because I got benched and I didn't do anything, so I said some stuff. I probably shouldn't have."),
     ("S2309", "Responsible Decision-Making", "Proficient", "I'm not going to sign up for the coat drive collecting because I have the history fair and if I say yes to too much I'll do a bad job at everything, but I can make the posters this weekend because that's only one night.")])

doc("otter - civics debate.txt", "T2303", "txt", """
Civics debate prep, period 6, Thursday 12/11/25
Key (R. Oakes): Speaker 1 = Lila, Speaker 2 = Jasper, Speaker 3 = CJ, Speaker 4 = me, Speaker 5 = Wren

Speaker 4  0:02
The question is whether Maine should lower the voting age to 16 for town meeting. Go.

Speaker 2  0:08
We should because I saw a TikTok that said 16-year-olds are smarter than adults now. So that's proof.

Speaker 1  0:15
The two articles we got actually disagree about turnout. One says 16-year-olds vote more the first time, the other says they drop off. I think both can be true if the first one only looked at one town in Maryland. So our side should admit that and argue it's about habit, not about being smarter.

Speaker 3  0:36
Yeah, um, like, we should. Because. It's our town too. We pay for, well, our parents pay taxes. I don't really know how to say it.

Speaker 5  0:47
CJ that's a good point actually, the taxes one. Lila, could we put CJ's taxes point first and your habit point second, and Jasper can look for a real source for his?

Speaker 2  0:56
Fine.
""", [("S2309", GD, "2025-12-11", "Speaker 1"), ("S2310", GD, "2025-12-11", "Speaker 2"),
      ("S2312", GD, "2025-12-11", "Speaker 3"), ("S2311", GD, "2025-12-11", "Speaker 5")],
    [("S2309", "Critical Thinking", "Advanced", "I think both can be true if the first one only looked at one town in Maryland. So our side should admit that and argue it's about habit, not about being smarter."),
     ("S2310", "Critical Thinking", "Emerging", "We should because I saw a TikTok that said 16-year-olds are smarter than adults now. So that's proof."),
     ("S2312", "Communication", "Developing", "Because. It's our town too. We pay for, well, our parents pay taxes. I don't really know how to say it."),
     ("S2311", "Collaboration", "Proficient", "Lila, could we put CJ's taxes point first and your habit point second, and Jasper can look for a real source for his?")])

doc("Global project - Wren.pdf", "T2303", "pdf", """
Global Issues Project - Presentation Transcript
Presenter: Wren Albert     Grade 8 Social Studies     Jan 27, 2026
(typed from the class recording)

WREN: The Gulf of Maine is warming faster than almost any ocean on Earth. That matters to you, because your dad or your uncle or your neighbor probably fishes.
WREN: I compared data from NOAA, from the Gulf of Maine Research Institute, and from a Canadian fisheries report. The lobsters are moving north into Canada, and that means Maine towns and Nova Scotia towns are now competing for the same lobsters.
WREN: I wrote a letter to our state representative asking for money for lobstermen to switch to aquaculture like oysters and kelp, and I got a reply. I put a copy on the back table, and I made a sign-up sheet if you want to sign the next one.
WREN: One of the websites I found looked official but it was actually run by a fuel company, so I didn't use its numbers.
MS. OAKES: Questions?
STUDENT: How did you know about the fuel company?
WREN: I looked at the About page and then searched who owned the domain.
""", [("S2311", PP, "2026-01-27", "presenter")],
    [("S2311", "Global Awareness", "Advanced", "I wrote a letter to our state representative asking for money for lobstermen to switch to aquaculture like oysters and kelp, and I got a reply."),
     ("S2311", "Communication", "Proficient", "The Gulf of Maine is warming faster than almost any ocean on Earth. That matters to you, because your dad or your uncle or your neighbor probably fishes."),
     ("S2311", "Digital Literacy", "Proficient", "I looked at the About page and then searched who owned the domain."),
     ("S2311", "Critical Thinking", "Advanced", "I compared data from NOAA, from the Gulf of Maine Research Institute, and from a Canadian fisheries report.")],
    title="Global Issues Project - Wren Albert", author="Rosalind Oakes", created="2026-01-28T09:00:00")

doc("jasper.docx", "T2303", "docx", """
# Observation Notes
Jasper's history fair project was due to have a topic and three sources by 11/21. On 12/1 he still had neither, and when I asked for his plan he said he "would figure it out over break."
During work time Jasper opened his Chromebook, looked at the assignment, and then spent 20 minutes sorting his pencils and asking to get water. He only opened the doc when I sat next to him.
His binder is better since we did the binder clean-out together on Friday - he can now find the rubric when I ask, though his loose papers are still in the front pocket.
""", [("S2310", TO, "2025-12-02", "observation")],
    [("S2310", "Planning & Prioritization", "Emerging", "On 12/1 he still had neither, and when I asked for his plan he said he \"would figure it out over break.\""),
     ("S2310", "Task Initiation", "Emerging", "During work time Jasper opened his Chromebook, looked at the assignment, and then spent 20 minutes sorting his pencils and asking to get water."),
     ("S2310", "Organization", "Developing", "His binder is better since we did the binder clean-out together on Friday - he can now find the rubric when I ask, though his loose papers are still in the front pocket.")],
    title="Observation Notes", author="Rosalind Oakes",
    table=[("Student", "Jasper Michaud"), ("Date", "Tuesday 12/2/25"), ("Class", "Social Studies 8")],
    created="2025-12-02T15:45:00")

doc("email from Mrs Soucy.eml", "T2303", "eml", """
Ms. Oakes,

I wanted to give you a heads up. Lila has been staying up past midnight working on the history fair and she isn't sleeping well.
Last night she melted down over the title page, tore it up and said she was quitting the whole thing. This happens almost every night now and I can't talk her down.
She told me, "Ms. Oakes said it's fine if it isn't perfect but I don't believe her." I think she needs to hear it from you again.

Thanks for everything you do,
Carrie Soucy
""", [("S2309", PN, "2026-01-15", "parent email")],
    [("S2309", "Self-Management", "Emerging", "Last night she melted down over the title page, tore it up and said she was quitting the whole thing. This happens almost every night now and I can't talk her down.")],
    headers={"From": "Carrie Soucy <csoucy@roadrunner.com>", "To": "Rosalind Oakes <roakes@pinecrest.k12.me.us>",
             "Subject": "Lila", "Date": "Thu, 15 Jan 2026 21:17:44 -0500"})

doc("reflection 1-21.md", "T2303", "md", """
# Reflection Journal

**Name:** CJ
**Date:** Wednesday 1/21/26
**Prompt:** Think about the recess thing in November. What have you learned since then?

I think I get mad fast when I think people are blaming me, and then I say stuff like "that's stupid" before I even think. My face gets hot first, so now I know that's the sign.

**Ms. O:** What do you do when your face gets hot now?

I go get a drink of water, which Mr. Bouchard told me to do. It works most of the time. Last week Marcus asked me to skip last period with him and I said no because I'd get benched from the game, but honestly I almost went.
""", [("S2312", RJ, "2026-01-21", "journal signed CJ")],
    [("S2312", "Self-Awareness", "Proficient", "I think I get mad fast when I think people are blaming me, and then I say stuff like \"that's stupid\" before I even think. My face gets hot first, so now I know that's the sign."),
     ("S2312", "Responsible Decision-Making", "Developing", "Last week Marcus asked me to skip last period with him and I said no because I'd get benched from the game, but honestly I almost went."),
     ("S2312", "Self-Management", "Developing", "I go get a drink of water, which Mr. Bouchard told me to do. It works most of the time.")])

doc("podcast feedback.docx", "T2303", "docx", """
# Peer Feedback - Podcast Episode
Listener: Lila S.
Strengths: Your interview with your grandfather about the paper mill closing was the best part. You let him talk and didn't cut him off, and when he got sad you said "take your time," which made it feel real.
Suggestion: I'd move the mill closing to the very beginning as a hook, then go back to how the town started. Right now a listener who isn't from here won't know why they should care until minute four. Maybe add one sentence about how mills closed all over New England, so people from away get it too.
Creator response (CJ): ok I can move it. I didn't know what a hook was.
""", [("S2309", PF, "2026-02-10", "reviewer"), ("S2312", PF, "2026-02-10", "creator; CJ's response")],
    [("S2309", "Communication", "Advanced", "Right now a listener who isn't from here won't know why they should care until minute four. Maybe add one sentence about how mills closed all over New England, so people from away get it too."),
     ("S2309", "Relationship Skills", "Proficient", "You let him talk and didn't cut him off, and when he got sad you said \"take your time,\" which made it feel real.")],
    title="Peer Feedback - Podcast", author="Rosalind Oakes",
    table=[("Student", "Cody Theriault (creator)"), ("Date", "Feb 10th"), ("Class", "Social Studies 8")],
    created="2026-02-10T12:40:00")

doc("exit slips 2.4.txt", "T2303", "txt", """
Exit slips - 2/4 - Global trade unit
"Where did something you own today come from? Why does it matter?"

Lila: My sneakers were made in Vietnam from rubber that might be from Indonesia, shipped through Los Angeles, then trucked to the Walmart in Augusta. I kept the four steps of the chain we did in class in my head and added the rubber one from the reading, so five steps total.

Jasper: My hoodie, I don't know. I don't really care what happens in other countries, it doesn't affect Maine.

Wren: I was going to say my phone but I switched to my lunch because the apple was from New Zealand, which is weird because we have apples here. Maybe it's because it's winter there when it's summer here? I can think of two other reasons too.

CJ: I mostly just use my chromebook for games so I dont know where it came from. I clicked the first link on google and it said China.
""", [("S2309", RJ, "2026-02-04", "exit slip"), ("S2310", RJ, "2026-02-04", "exit slip"),
      ("S2311", RJ, "2026-02-04", "exit slip"), ("S2312", RJ, "2026-02-04", "exit slip")],
    [("S2309", "Working Memory", "Advanced", "I kept the four steps of the chain we did in class in my head and added the rubber one from the reading, so five steps total."),
     ("S2309", "Global Awareness", "Proficient", "My sneakers were made in Vietnam from rubber that might be from Indonesia, shipped through Los Angeles, then trucked to the Walmart in Augusta."),
     ("S2310", "Global Awareness", "Emerging", "I don't really care what happens in other countries, it doesn't affect Maine."),
     ("S2311", "Cognitive Flexibility", "Proficient", "I was going to say my phone but I switched to my lunch because the apple was from New Zealand"),
     ("S2312", "Digital Literacy", "Emerging", "I mostly just use my chromebook for games so I dont know where it came from. I clicked the first link on google and it said China.")])

doc("IMG_4471.txt", "T2303", "txt", """
[photo of journal page - text typed by R.O.]

2/26
I don't know what to write. The group didn't listen to me again and I did most of the slides. Next time I want a different group.
""", [("ASK", RJ, "2026-02-26", "unsigned journal page; no name on the photo")], [])

doc("map tutoring.txt", "T2303", "txt", """
Peer tutoring - map skills - Thurs 2/26/26
Wren (tutor) with CJ

[00:00:03] Wren: Okay, the legend is your friend. What's the first thing you look at on a new map?
[00:00:09] CJ: The... title? Can we do this later, I'm kind of - okay no, fine, let's do it.
[00:00:15] Wren: Yes! The title. Then the legend. Try finding the elevation on this one.
[00:00:24] CJ: It's brown so it's high. Wait, hold on, I was looking at the wrong corner. Okay. 2,000 feet.
[00:00:33] Wren: Nice. You fixed that yourself. When I learned this I made up a trick, "Title, Legend, Compass, Go," want to try it on the next one and then you teach it to me?
[00:00:45] CJ: Title, Legend, Compass, Go. Okay I'll do the next one without you telling me.
""", [("S2311", PT, "2026-02-26", "tutor"), ("S2312", PT, "2026-02-26", "tutee")],
    [("S2311", "Relationship Skills", "Advanced", "When I learned this I made up a trick, \"Title, Legend, Compass, Go,\" want to try it on the next one and then you teach it to me?"),
     ("S2312", "Inhibitory Control", "Developing", "Can we do this later, I'm kind of - okay no, fine, let's do it."),
     ("S2312", "Task Initiation", "Developing", "Okay I'll do the next one without you telling me.")])

doc("march conf.md", "T2303", "md", """
# Parent-Teacher Conference

**Student:** Jasper Michaud
**Date:** Thursday, March 12th
**Present:** Jasper, Mr. Michaud, Ms. Oakes

- For the last three weeks Jasper has written his own checklist at the start of every social studies class without being asked, and his folder has one pocket for "to do" and one for "done."
- Mr. Michaud says Jasper is "like a different kid" about homework. (Reported - I haven't seen the homework side myself.)
- In his history fair group Jasper took the idea from Ava about using a timeline and built his section around it, but he still went quiet when the group disagreed about the title.
""", [("S2310", TO, "2026-03-12", "conference note")],
    [("S2310", "Organization", "Proficient", "For the last three weeks Jasper has written his own checklist at the start of every social studies class without being asked, and his folder has one pocket for \"to do\" and one for \"done.\""),
     ("S2310", "Collaboration", "Developing", "In his history fair group Jasper took the idea from Ava about using a timeline and built his section around it, but he still went quiet when the group disagreed about the title.")])

# ---------------------------------------------------------------- T2304 Mr. Bouchard, resource room 6-8
doc("Fortin IEP progress Q1.docx", "T2304", "docx", """
# IEP Progress Report - Quarter 1
## Goal 1: Executive functioning (multi-step directions)
Given a visual checklist, Hazel followed three-step directions in 7 of 10 trials; without the checklist she completed only the first step in most trials.
## Goal 2: Emotional regulation
When frustrated by math tasks, Hazel used her break card in 4 of 6 observed incidents after a staff prompt; she has not yet requested a break on her own.
## Goal 3: Work initiation
Hazel required an average of four adult prompts to begin independent work; on 3 days she did not begin the task at all during the 15-minute block.
Progress code: Goal 1 - Making progress; Goal 2 - Making progress; Goal 3 - Limited progress
""", [("S2313", TO, "2025-11-07", "IEP quarterly progress note")],
    [("S2313", "Working Memory", "Developing", "Given a visual checklist, Hazel followed three-step directions in 7 of 10 trials; without the checklist she completed only the first step in most trials."),
     ("S2313", "Self-Management", "Developing", "When frustrated by math tasks, Hazel used her break card in 4 of 6 observed incidents after a staff prompt; she has not yet requested a break on her own."),
     ("S2313", "Task Initiation", "Emerging", "Hazel required an average of four adult prompts to begin independent work; on 3 days she did not begin the task at all during the 15-minute block.")],
    title="IEP Progress Report Q1 - Fortin", author="Kyle Bouchard",
    table=[("Student", "Hazel Fortin (Gr. 7)"), ("Date", "11/7/25"), ("Class", "Resource Room - Period 2")],
    created="2025-11-07T14:00:00")

doc("Pelkey progress note nov.pdf", "T2304", "pdf", """
PINECREST CONSOLIDATED SCHOOL - Special Education Progress Note
Student: Dominic Pelkey     Grade: 8     Case manager: K. Bouchard     Date: 11/20/25

Behavior/attention: Dom called out or left his seat an average of 11 times per 30-minute block this month, and needed redirection nearly every 3 minutes.
Decisions: On 11/14 he climbed onto the bus shelter roof on a dare, and when we talked it through he said "nobody got hurt so it's fine."
Reflection: When asked about the incident with Silas, Dom said "it's not my fault, he made me" and could not name how he felt before it happened.
Strengths: In shop class Dom designed a bracket from scrap metal to hold the broken resource room door open, then adapted the same idea to fix the wobbly leg on his grandfather's wood stove stand at home.
""", [("S2314", TO, "2025-11-20", "progress note")],
    [("S2314", "Inhibitory Control", "Emerging", "Dom called out or left his seat an average of 11 times per 30-minute block this month, and needed redirection nearly every 3 minutes."),
     ("S2314", "Responsible Decision-Making", "Emerging", "On 11/14 he climbed onto the bus shelter roof on a dare, and when we talked it through he said \"nobody got hurt so it's fine.\""),
     ("S2314", "Self-Awareness", "Emerging", "When asked about the incident with Silas, Dom said \"it's not my fault, he made me\" and could not name how he felt before it happened."),
     ("S2314", "Creativity & Innovation", "Advanced", "In shop class Dom designed a bracket from scrap metal to hold the broken resource room door open, then adapted the same idea to fix the wobbly leg on his grandfather's wood stove stand at home.")],
    title="Progress Note - Pelkey", author="Kyle Bouchard", created="2025-11-20T15:30:00")

doc("resource room group 12-2.txt", "T2304", "txt", """
Resource room small group - Tues 12/2/25 - planning the class store
(recorded, typed by Mr. B)

[00:00:05] Mr. B: We need to pick what to sell at the class store. Ideas?
[00:00:09] Aubree: Um. Cookies? Like... the. The kind. With the. Never mind.
[00:00:16] Mr. B: Take your time, Aubree.
[00:00:19] Aubree: Chocolate chip cookies. Because people like them. My mom can help.
[00:00:25] Silas: I don't care, whatever you guys want.
[00:00:29] Dom: Silas you look kind of bummed, are you okay? You can pick if you want.
[00:00:34] Silas: No.
[00:00:36] Hazel: I wanted bracelets, but if everybody wants cookies we could do cookies first and bracelets in January. That's okay I guess.
[00:00:44] Mr. B: Good compromise, Hazel.
""", [("S2315", GD, "2025-12-02", "speaker"), ("S2316", GD, "2025-12-02", "speaker"),
      ("S2314", GD, "2025-12-02", "speaker Dom"), ("S2313", GD, "2025-12-02", "speaker Hazel (Fortin)")],
    [("S2315", "Communication", "Developing", "Chocolate chip cookies. Because people like them. My mom can help."),
     ("S2316", "Collaboration", "Emerging", "I don't care, whatever you guys want."),
     ("S2314", "Social Awareness", "Developing", "Silas you look kind of bummed, are you okay? You can pick if you want."),
     ("S2313", "Cognitive Flexibility", "Developing", "I wanted bracelets, but if everybody wants cookies we could do cookies first and bracelets in January. That's okay I guess.")])

doc("Re_ Aubree reading at home.eml", "T2304", "eml", """
Hi Mr. Bouchard,

Thanks for the reading plan. We've been doing it every night at the kitchen table.
When Aubree gets frustrated she'll use the breathing thing you taught her if I remind her, and then she can usually finish the page. If I don't remind her she slams the book shut.
She's been starting her reading on her own right after supper most nights this week without me asking, which is new.
She also told me "Silas said reading is for babies," so I think some of the frustration is coming from that.

Thank you,
Tara Libby

-----Original Message-----
From: Kyle Bouchard <kbouchard@pinecrest.k12.me.us>
Sent: Monday, January 5, 2026 2:40 PM
Subject: Aubree - reading at home
Attached is the nightly reading plan we talked about.
""", [("S2315", PN, "2026-01-07", "parent email")],
    [("S2315", "Self-Management", "Developing", "When Aubree gets frustrated she'll use the breathing thing you taught her if I remind her, and then she can usually finish the page."),
     ("S2315", "Task Initiation", "Proficient", "She's been starting her reading on her own right after supper most nights this week without me asking, which is new.")],
    headers={"From": "Tara Libby <tlibby22@yahoo.com>", "To": "Kyle Bouchard <kbouchard@pinecrest.k12.me.us>",
             "Subject": "Re: Aubree - reading at home", "Date": "Wed, 07 Jan 2026 20:05:19 -0500"})

doc("silas self check.docx", "T2304", "docx", """
# My Self-Check
[ ] I can do this   [X] I'm getting there   [ ] Not yet  -  I know what I'm feeling
Why: I know when I'm mad but sometimes I don't know if I'm mad or sad. Mr. B's feelings chart helps me pick.
[X] I can do this   [ ] I'm getting there   [ ] Not yet  -  I can use technology to solve problems
Why: The Chromebook cart ones kept losing wifi in the back corner, so I tested them in different spots and figured out it was the metal cabinet blocking it. I moved the cart and wrote a sign so other kids know. I also fixed Dom's sound settings.
[X] I can do this   [ ] I'm getting there   [ ] Not yet  -  I keep my stuff organized
Why: I don't know where my planner is. I think my locker.
""", [("S2316", RJ, "2026-01-09", "self-assessment")],
    [("S2316", "Self-Awareness", "Developing", "I know when I'm mad but sometimes I don't know if I'm mad or sad. Mr. B's feelings chart helps me pick."),
     ("S2316", "Digital Literacy", "Advanced", "The Chromebook cart ones kept losing wifi in the back corner, so I tested them in different spots and figured out it was the metal cabinet blocking it."),
     ("S2316", "Organization", "Emerging", "I don't know where my planner is. I think my locker.")],
    title="Self-Check", author="Kyle Bouchard",
    table=[("Student", "Silas Grant"), ("Date", "Fri 1/9/26"), ("Class", "Resource Room - Period 5")],
    created="2026-01-09T10:30:00")

doc("scribe notes 1-15.txt", "T2304", "txt", """
Social skills group - 1/15 - scribe: Hazel F.
Game: plan a field trip with $50

MR. B - What's our first choice?
DOM - Let's hear from everybody first. Aubree, you haven't said anything, what do you want to do?
AUBREE - The trampoline park. And Silas is boring.
SILAS - Whatever.
AUBREE - What? I'm just saying. Why is everybody looking at me.
HAZEL - I think we should do the maritime museum because it's $8 each and that leaves money for lunch, and the trampoline park is $20 each so we'd go over. Can we vote?
MR. B - The museum is closed Thursdays, by the way.
SILAS - Then I'm not going. The whole thing's ruined. I'm done.
DOM - Okay, so what if we do the trampoline park for half the time. Silas, you can pick lunch.
""", [("S2314", GD, "2026-01-15", "speaker DOM"), ("S2315", GD, "2026-01-15", "speaker AUBREE"),
      ("S2316", GD, "2026-01-15", "speaker SILAS"), ("S2313", GD, "2026-01-15", "scribe and speaker HAZEL (Fortin)")],
    [("S2314", "Relationship Skills", "Proficient", "Let's hear from everybody first. Aubree, you haven't said anything, what do you want to do?"),
     ("S2315", "Social Awareness", "Emerging", "What? I'm just saying. Why is everybody looking at me."),
     ("S2313", "Communication", "Proficient", "I think we should do the maritime museum because it's $8 each and that leaves money for lunch, and the trampoline park is $20 each so we'd go over."),
     ("S2316", "Cognitive Flexibility", "Emerging", "Then I'm not going. The whole thing's ruined. I'm done.")])

doc("tutoring dom & aubree.srt", "T2304", "srt", """
1
00:00:00,500 --> 00:00:04,000
[Resource room peer tutoring - 2/9/26 - Dom tutoring Aubree, multiplication]

2
00:00:04,500 --> 00:00:12,000
DOM: Okay so 6 times 7. You don't have to know it yet. Use the trick I showed you, 6 times 5 and then add two more sixes.

3
00:00:12,500 --> 00:00:18,000
AUBREE: 6 times 5 is 30. Then... wait, what was I adding? I forgot the second part.

4
00:00:18,500 --> 00:00:25,000
DOM: Two more sixes. It's fine, I used to forget too. Want to write the steps on your whiteboard?

5
00:00:25,500 --> 00:00:30,000
AUBREE: 30, 36, 42. Forty-two!

6
00:00:30,500 --> 00:00:38,000
DOM: Yes! See, you did it. Now you try 7 times 7 and explain it to me like you're the teacher.
""", [("S2314", PT, "2026-02-09", "tutor"), ("S2315", PT, "2026-02-09", "tutee")],
    [("S2314", "Relationship Skills", "Advanced", "Two more sixes. It's fine, I used to forget too. Want to write the steps on your whiteboard?"),
     ("S2314", "Communication", "Proficient", "You don't have to know it yet. Use the trick I showed you, 6 times 5 and then add two more sixes."),
     ("S2315", "Working Memory", "Emerging", "6 times 5 is 30. Then... wait, what was I adding? I forgot the second part.")])

doc("Libby progress Q2.md", "T2304", "md", """
# IEP Progress Note - Quarter 2

**Student:** Aubree Libby
**Grade:** 6
**Date:** Jan 30th, 2026
**Case manager:** Mr. Bouchard

**Goal 1 (organization):** With the color-coded folder system, Aubree turned in 12 of 18 assignments; she still needs a daily check at the door to move papers into the right folder.
**Goal 2 (planning):** Aubree does not yet break long assignments into steps. For the book report she started the night before it was due and had no outline, even with the planner page we made together.
**Notes:** Aubree has made real progress in reading fluency this quarter.
""", [("S2315", TO, "2026-01-30", "IEP progress note")],
    [("S2315", "Organization", "Developing", "With the color-coded folder system, Aubree turned in 12 of 18 assignments; she still needs a daily check at the door to move papers into the right folder."),
     ("S2315", "Planning & Prioritization", "Emerging", "For the book report she started the night before it was due and had no outline, even with the planner page we made together.")])

doc("Grant IEP progress Q2.pdf", "T2304", "pdf", """
IEP PROGRESS NOTE - QUARTER 2
Student: Silas Grant   Grade 7   Date: 1/30/26   Case manager: K. Bouchard

Work initiation: Silas began assigned work within 2 minutes in 60% of sessions when given a "first step" card; without the card he usually waited until an adult checked in.
Attention: Silas now stays on task for the full 20-minute independent block in most sessions without redirection, including on days when the room is noisy.
Current events reading: When we read the article about the wildfires in Canada, Silas said it "doesn't matter because it's not here," and did not connect it to the smoky days we had in Maine last June.
""", [("S2316", TO, "2026-01-30", "IEP progress note")],
    [("S2316", "Task Initiation", "Developing", "Silas began assigned work within 2 minutes in 60% of sessions when given a \"first step\" card; without the card he usually waited until an adult checked in."),
     ("S2316", "Inhibitory Control", "Proficient", "Silas now stays on task for the full 20-minute independent block in most sessions without redirection, including on days when the room is noisy."),
     ("S2316", "Global Awareness", "Emerging", "When we read the article about the wildfires in Canada, Silas said it \"doesn't matter because it's not here,\" and did not connect it to the smoky days we had in Maine last June.")],
    title="IEP Progress Note Q2 - Grant", author="Kyle Bouchard", created="2026-01-30T16:00:00")

doc("peer feedback comic.md", "T2304", "md", """
# Peer Feedback

**Project:** Comic strip - "A Day Without Power"
**Artist:** Silas G.
**Reviewer:** Hazel F.
**Date:** 2/20

**I liked:** The ice storm part is good because it really happened to us. The drawings are funny.
**I wonder:** Maybe you could add words to the last box because I didn't get what happened. Sorry if that's mean.

**Artist reply:** It's not mean. I'm going to make the last box a fold-out so it opens into a bigger picture of the whole town with the lights coming back on, like a reveal. I got the idea from the pop-up book in the library.
""", [("S2313", PF, "2026-02-20", "reviewer Hazel F."), ("S2316", PF, "2026-02-20", "artist, wrote reply")],
    [("S2313", "Relationship Skills", "Developing", "Maybe you could add words to the last box because I didn't get what happened. Sorry if that's mean."),
     ("S2316", "Creativity & Innovation", "Proficient", "I'm going to make the last box a fold-out so it opens into a bigger picture of the whole town with the lights coming back on, like a reveal.")])

doc("Dom - checkin.docx", "T2304", "docx", """
# Check-in Notes
Dom told me he has been counting to ten in his head before answering when he's angry, and I saw him do it twice in gym today without anyone reminding him.
For the 8th grade trip fundraiser Dom made a plan with dates for the bottle drive, but he left out who would pick up the bottles, so I helped him add that.
He brought up the refugee family that moved to Waterville and said we could collect winter boots for the kids because "they came from somewhere hot and nobody told them about Maine winters."
""", [("S2314", TO, "2026-03-04", "check-in")],
    [("S2314", "Self-Management", "Proficient", "Dom told me he has been counting to ten in his head before answering when he's angry, and I saw him do it twice in gym today without anyone reminding him."),
     ("S2314", "Planning & Prioritization", "Developing", "For the 8th grade trip fundraiser Dom made a plan with dates for the bottle drive, but he left out who would pick up the bottles, so I helped him add that."),
     ("S2314", "Global Awareness", "Developing", "He brought up the refugee family that moved to Waterville and said we could collect winter boots for the kids")],
    title="Check-in Notes", author="Kyle Bouchard",
    table=[("Student", "Dominic Pelkey"), ("Date", "Wednesday 3/4/26"), ("Class", "Resource Room")],
    created="2026-03-04T13:15:00")

# ---------------------------------------------------------------- additions
doc("tutoring thurs.txt", "T2301", "txt", """
Peer tutoring - paragraph structure - Thursday 2/26
Hazel M. (tutor) and Owen G.  (typed from the iPad recording)

[00:00:02] Hazel: So you've got your topic sentence. What comes next on the hamburger chart?
[00:00:08] Owen: I don't know. This is stupid, I want to rip it up.
[00:00:12] Hazel: You can take a break first if you want, like Mrs. T says, the breathing one.
[00:00:16] Owen: ...Okay. Fine. I did it. Next is the details, right? The meat part.
[00:00:24] Hazel: Yes! Two details. Say them out loud first and I'll write them on the sticky so you don't lose them.
[00:00:31] Owen: Lobsters have ten legs. And they turn red when you cook them. Then what was the last part, the bottom bun?
[00:00:38] Hazel: The closing sentence. Look at the chart, it's there.
[00:00:41] Owen: Oh. Okay. Thanks for helping, you're better at explaining than the book.
""", [("S2301", PT, "2026-02-26", "tutor Hazel M."), ("S2302", PT, "2026-02-26", "tutee Owen G.")],
    [("S2302", "Self-Management", "Developing", "...Okay. Fine. I did it. Next is the details, right? The meat part."),
     ("S2302", "Working Memory", "Developing", "Then what was the last part, the bottom bun?"),
     ("S2301", "Relationship Skills", "Advanced", "Say them out loud first and I'll write them on the sticky so you don't lose them."),
     ("S2302", "Relationship Skills", "Developing", "Oh. Okay. Thanks for helping, you're better at explaining than the book.")])

doc("Maisie journal.md", "T2302", "md", """
# Science Journal

**Name:** Maisie D.
**Date:** 2/25

Today we had to design a way to keep an ice cube from melting. My first idea was just a box but Mr. P asked what would happen with air inside, so I changed it to a box with crumpled newspaper and then foil, and it lasted 20 minutes longer.

**Mr. P:** Where did the foil idea come from?

From the space blanket they gave my grandma at the hospital. I also noticed Owen was quiet because his group kept using Toby's ideas, so I asked him what his idea was and it was actually the best one.

I remembered all five steps of the testing procedure without looking at the sheet, and I kept track of our three trials and the control at the same time.
""", [("S2306", RJ, "2026-02-25", "journal")],
    [("S2306", "Creativity & Innovation", "Developing", "My first idea was just a box but Mr. P asked what would happen with air inside, so I changed it to a box with crumpled newspaper and then foil, and it lasted 20 minutes longer."),
     ("S2306", "Social Awareness", "Proficient", "I also noticed Owen was quiet because his group kept using Toby's ideas, so I asked him what his idea was and it was actually the best one."),
     ("S2306", "Working Memory", "Proficient", "I remembered all five steps of the testing procedure without looking at the sheet, and I kept track of our three trials and the control at the same time.")])

doc("history fair - Lila.vtt", "T2303", "vtt", """
WEBVTT

NOTE History Fair practice run - Monday 3/2/26 - Soc. St. 8 - Lila Soucy

00:00:01.000 --> 00:00:06.000
<v Ms. Oakes>Whenever you're ready, Lila.

00:00:06.500 --> 00:00:18.000
<v Lila>My project is about the 1937 shoe strike in Lewiston and Auburn. Most people think Maine mill towns were quiet, but five thousand workers walked out, and a lot of them were French-Canadian like my great-grandmother.

00:00:18.500 --> 00:00:30.000
<v Lila>I made a map where you scan a QR code at each mill and hear a clip from the oral history archive, so you can hear the actual workers instead of just reading about them.

00:00:30.500 --> 00:00:38.000
<v Lila>Sorry, I'm - hang on. Ms. Oakes reminded me to breathe before I started, so I'm going to do that again. Okay.

00:00:38.500 --> 00:00:48.000
<v Lila>I checked the dates in three places because the Wikipedia page and the newspaper archive didn't match, and I went with the newspaper from that week.

NOTE Skills observed: Communication - Proficient; Self-Management - Developing
""", [("S2309", PP, "2026-03-02", "presenter")],
    [("S2309", "Communication", "Proficient", "Most people think Maine mill towns were quiet, but five thousand workers walked out, and a lot of them were French-Canadian like my great-grandmother."),
     ("S2309", "Creativity & Innovation", "Proficient", "I made a map where you scan a QR code at each mill and hear a clip from the oral history archive, so you can hear the actual workers instead of just reading about them."),
     ("S2309", "Self-Management", "Developing", "Ms. Oakes reminded me to breathe before I started, so I'm going to do that again."),
     ("S2309", "Digital Literacy", "Proficient", "I checked the dates in three places because the Wikipedia page and the newspaper archive didn't match, and I went with the newspaper from that week.")])

doc("journal HF.txt", "T2304", "txt", """
Hazel F - journal - 3/5

When Dom laughed at Aubree's answer I saw her get really quiet and put her hood up, so I sat with her at lunch and didn't say anything about it, I just talked about her cat.
I was going to skip my reading group to help in the library because it's more fun, but then I thought I'd be behind on my goal, so I asked Mr. B first and he said no. So I went to reading.
I think I get mad in math because I feel stupid when everyone else is done, not because I hate math. I want to ask for the break card myself next time instead of waiting.

Mr. B: That is a great goal. What would help you remember?
""", [("S2313", RJ, "2026-03-05", "journal, Hazel Fortin")],
    [("S2313", "Social Awareness", "Proficient", "When Dom laughed at Aubree's answer I saw her get really quiet and put her hood up, so I sat with her at lunch and didn't say anything about it, I just talked about her cat."),
     ("S2313", "Responsible Decision-Making", "Developing", "I was going to skip my reading group to help in the library because it's more fun, but then I thought I'd be behind on my goal, so I asked Mr. B first and he said no."),
     ("S2313", "Self-Awareness", "Advanced", "I think I get mad in math because I feel stupid when everyone else is done, not because I hate math. I want to ask for the break card myself next time instead of waiting.")])

doc("collab rubric notes 3-17.txt", "T2303", "txt", """
Group work notes - Tues 3/17 - town meeting simulation

CJ took over the selectboard group, did all the talking, and told Ava her idea was "pointless" without letting her finish.
Wren noticed the Budget group had split into two camps; she got each side to list what they could live with and they agreed on a plan to fund the fire truck over two years. She made sure the quietest kid read the final motion.
Jasper kept his phone in his bag the whole period without a reminder and volunteered to be timekeeper.
""", [("S2312", TO, "2026-03-17", "observation"), ("S2311", TO, "2026-03-17", "observation"),
      ("S2310", TO, "2026-03-17", "observation")],
    [("S2312", "Collaboration", "Emerging", "CJ took over the selectboard group, did all the talking, and told Ava her idea was \"pointless\" without letting her finish."),
     ("S2311", "Collaboration", "Advanced", "Wren noticed the Budget group had split into two camps; she got each side to list what they could live with and they agreed on a plan to fund the fire truck over two years."),
     ("S2310", "Inhibitory Control", "Proficient", "Jasper kept his phone in his bag the whole period without a reminder and volunteered to be timekeeper.")])
