"""Content for the Lakeshore Prep Academy blind set (tuning24). All fictional."""

TEACHERS = [
    ("T2501", "Danielle Okafor", "dokafor@lakeshoreprep.org", "U25OKAF01"),
    ("T2502", "Marcus Ferreira", "mferreira@lakeshoreprep.org", "U25FERR02"),
    ("T2503", "Priya Raman", "praman@lakeshoreprep.org", "U25RAMA03"),
    ("T2504", "Kevin Walsh", "kwalsh@lakeshoreprep.org", "U25WALS04"),
]

STUDENTS = [
    ("S2501", "Jaylen Brooks", 7, "T2501", "Jay"),
    ("S2502", "Ximena Castillo", 7, "T2501", ""),
    ("S2503", "Amara Nwosu", 7, "T2501", ""),
    ("S2504", "Deshawn Price", 7, "T2501", "Dre"),
    ("S2505", "Sofia Mendoza", 8, "T2502", ""),
    ("S2506", "Tyrell Washington", 8, "T2502", "Ty"),
    ("S2507", "Hannah Kowalski", 8, "T2502", ""),
    ("S2508", "Omar Haddad", 8, "T2502", ""),
    ("S2509", "Jaylen Carter", 6, "T2503", ""),
    ("S2510", "Mei Lin Zhao", 6, "T2503", "Mei"),
    ("S2511", "Isaiah Robinson", 6, "T2503", "Zay"),
    ("S2512", "Lucia Ortiz", 6, "T2503", ""),
    ("S2513", "Brianna Scott", 8, "T2504", "Bri"),
    ("S2514", "Kofi Mensah", 8, "T2504", ""),
    ("S2515", "Rosa Delgado", 7, "T2504", ""),
    ("S2516", "Ethan Novak", 7, "T2504", ""),
]

# Each doc: name, teacher, kind, body, truth [(sid, type, date, notes)], labels [(sid, skill, level, quote)]
# kind: "text" (written verbatim), "docx" (blocks), "pdf" (blocks). docx/pdf also have title, author.
# blocks: ("h1"|"h2"|"p"|"bdate", text) or ("table", rows)
DOCS = []


def doc(name, teacher, kind, body, truth, labels, title=None, author=None):
    DOCS.append(dict(name=name, teacher=teacher, kind=kind, body=body, truth=truth,
                     labels=labels, title=title, author=author))


GD = "group_discussion_transcript"
PT = "peer_tutoring_transcript"
PP = "project_presentation_transcript"
RJ = "reflection_journal"
PF = "peer_feedback"
TO = "teacher_observation_note"
PN = "parent_note"

# ---------------------------------------------------------------- T2501 Ms. Okafor, ELA 7
doc("Jaylen B - running notes.docx", "T2501", "docx", [
    ("h1", "Jaylen Brooks - running notes (ELA 7, Room 214)"),
    ("p", "Running doc. Newest entry at the bottom. Shared with Ms. Hill (counselor)."),
    ("bdate", "9/15/25"),
    ("p", "Jaylen called out answers four times during the read-aloud and left his seat twice to sharpen a pencil that was already sharp. Redirected each time; he laughed it off."),
    ("p", "He sat for almost ten minutes after the independent writing prompt went up before writing his name on the page."),
    ("bdate", "9/29/25"),
    ("p", "After I walked over and helped him write the first sentence of his claim, Jay kept going and finished a full paragraph. Still needs me at the start."),
    ("bdate", "10/14/25"),
    ("p", "During conferring Jaylen told me, on his own, that he gets loud when he feels embarrassed about not knowing a word, and that he would rather be the class clown than look dumb. He asked if he could keep a sticky note of hard words on his desk so he doesn't have to ask out loud."),
    ("p", "Plan: try the sticky-note word bank for two weeks, check in Fri."),
], [("S2501", TO, "2025-10-14", "running Google Doc; filed under latest bold date 10/14/25")], [
    ("S2501", "Inhibitory Control", "Emerging", "Jaylen called out answers four times during the read-aloud and left his seat twice to sharpen a pencil that was already sharp."),
    ("S2501", "Task Initiation", "Emerging", "He sat for almost ten minutes after the independent writing prompt went up before writing his name on the page."),
    ("S2501", "Task Initiation", "Developing", "After I walked over and helped him write the first sentence of his claim, Jay kept going and finished a full paragraph."),
    ("S2501", "Self-Awareness", "Proficient", "During conferring Jaylen told me, on his own, that he gets loud when he feels embarrassed about not knowing a word, and that he would rather be the class clown than look dumb."),
], title="Jaylen Brooks - running notes", author="Danielle Okafor")

doc("circle 10-2.txt", "T2501", "text", """Restorative Circle - 3rd period ELA
Thursday, October 2nd
Keeper: Ms. Okafor
Circle members: Jaylen, Deshawn, Ximena, Ms. Okafor
Reason: argument in the hallway before class (Jaylen / Deshawn), Ximena asked to join as a witness

[Talking piece: the blue stress ball. Keeper opens with the circle agreements.]

Keeper: Round one. Tell us what happened from where you stood. Only the person holding the ball talks.

[Ball to Deshawn]

Deshawn: He started it. He said my shoes were fake in front of everybody so I pushed his binder off. That's it. I'm not saying sorry, he started it.

[Ball to Jaylen]

Jaylen: I was just playing. I didn't think it was a big deal.

Keeper: How do you think Deshawn felt when you said that in front of people?

Jaylen: I guess... embarrassed? Like I would be mad too if somebody did that to me. I guess I was showing off.

[Ball to Ximena]

Ximena: Can I say something to both of them? I don't think this is really about shoes. Dre got quiet right after Jaylen said it, like he was embarrassed, and then the binder thing happened. And Jaylen, you kept looking at the other guys to see if they were laughing. Maybe you both could say what you actually want from each other instead of who started it.

[Ball to Deshawn. He holds it for a long time and passes without talking.]

Keeper: That's okay. Passing is allowed. Round two: what do you need to make this right?

[Ball to Jaylen]

Jaylen: I can say sorry for the shoes thing. For real.

[Ball to Deshawn]

Deshawn: Whatever. If he does it again I'm not gonna sit in no circle.

[Ball to Ximena]

Ximena: Deshawn always says he doesn't care but he came to the circle, so I think he does.

Keeper: Agreement for now: Jaylen apologizes, both check in with me Monday. Thank you all for showing up.
""", [
    ("S2501", GD, "2025-10-02", "restorative circle"),
    ("S2502", GD, "2025-10-02", "restorative circle; witness"),
    ("S2504", GD, "2025-10-02", "restorative circle"),
], [
    ("S2504", "Relationship Skills", "Emerging", "He said my shoes were fake in front of everybody so I pushed his binder off. That's it. I'm not saying sorry, he started it."),
    ("S2504", "Self-Awareness", "Emerging", "Whatever. If he does it again I'm not gonna sit in no circle."),
    ("S2501", "Social Awareness", "Developing", "I guess... embarrassed? Like I would be mad too if somebody did that to me. I guess I was showing off."),
    ("S2502", "Social Awareness", "Advanced", "Dre got quiet right after Jaylen said it, like he was embarrassed, and then the binder thing happened. And Jaylen, you kept looking at the other guys to see if they were laughing. Maybe you both could say what you actually want from each other instead of who started it."),
])

doc("podcast ep2 FINAL.txt", "T2501", "text", """Descript export - "Voices of the Southside" podcast, Episode 2: Water
Exported 10/22/25
Speaker key (added by Ms. Okafor): Speaker 1 = Amara Nwosu, Speaker 2 = Ximena Castillo

[00:00:03] Speaker 1: Welcome back to Voices of the Southside. I'm Amara.
[00:00:06] Speaker 2: And I'm Ximena. Today we're talking about water, which sounds boring, but stay with us.
[00:00:12] Speaker 1: So last episode we talked about lead pipes here in Chicago. This time we wanted to zoom out. My aunt lives in Lagos, and when I video-call her she has to buy water in sachets, these little plastic bags, because the tap water isn't safe. Same problem as our lead pipes, different city, different solution. And the plastic from the sachets ends up in the lagoon, so fixing one problem makes another one.
[00:00:41] Speaker 2: Which is kind of the whole episode. Everything is connected.
[00:00:45] Speaker 1: Right. So we found three groups actually doing something. One in Chicago that's replacing lead service lines on the Southwest Side, one in Lagos doing water kiosks, and one in Flint. At the end we're going to tell you how you can email the alderman about the Chicago one, because we already wrote our letter and we'll put the template in the show notes.
[00:01:10] Speaker 2: Before we get into it, I want to say how we checked our facts. The first article I found said that half of Chicago homes have lead pipes. But it was a blog with no author, so I looked it up on the city's website, and the city's number is about four hundred thousand service lines, which is a lot but it's not the same thing as half of homes. So we used the city number and we say where it came from.
[00:01:38] Speaker 1: Ximena is the fact police.
[00:01:40] Speaker 2: Somebody has to be. Also we cut the music we found on YouTube because it wasn't ours to use. The music you hear is from the free library in Descript, and we credit it at the end.
[00:01:52] Speaker 1: Okay, let's get into it. Imagine you're twelve and you can't drink from the school water fountain...
""", [
    ("S2503", PP, "2025-10-22", "podcast project; Speaker 1"),
    ("S2502", PP, "2025-10-22", "podcast project; Speaker 2"),
], [
    ("S2503", "Global Awareness", "Advanced", "At the end we're going to tell you how you can email the alderman about the Chicago one, because we already wrote our letter and we'll put the template in the show notes."),
    ("S2503", "Critical Thinking", "Advanced", "Same problem as our lead pipes, different city, different solution. And the plastic from the sachets ends up in the lagoon, so fixing one problem makes another one."),
    ("S2502", "Critical Thinking", "Proficient", "But it was a blog with no author, so I looked it up on the city's website, and the city's number is about four hundred thousand service lines, which is a lot but it's not the same thing as half of homes."),
    ("S2502", "Digital Literacy", "Proficient", "Also we cut the music we found on YouTube because it wasn't ours to use. The music you hear is from the free library in Descript, and we credit it at the end."),
    ("S2503", "Communication", "Proficient", "Okay, let's get into it. Imagine you're twelve and you can't drink from the school water fountain..."),
])

doc("journal wk6 amara.md", "T2501", "text", """**Student:** Amara N.
**Class:** ELA 7 - Period 2
**Date:** Oct. 9, 2025
**Type:** Weekly reflection journal

**Ms. Okafor's question:** What was hardest about this week, and what will you do about it?

The hardest thing was the group essay because I wanted to just do all of it myself. I noticed I get impatient when people are slow and then I take over, and then they stop trying, which is the opposite of what I want. So my goal for the next two weeks is to ask one question before I give my idea. I wrote it on the inside of my folder so I see it.

**Ms. Okafor's question:** How are you managing the podcast and the essay at the same time?

I made a calendar for October. Podcast editing is Tuesdays and Thursdays at lunch, essay drafts are Monday and Wednesday nights. I put the essay first because it's due first (10/17) and the podcast isn't due until 10/22. If the Descript login doesn't work at school I'll do editing at the library on Saturday instead.

**Teacher comment:** Love the folder reminder. Let's check on the goal 10/23.
""", [("S2503", RJ, "2025-10-09", "weekly journal")], [
    ("S2503", "Self-Awareness", "Advanced", "I noticed I get impatient when people are slow and then I take over, and then they stop trying, which is the opposite of what I want. So my goal for the next two weeks is to ask one question before I give my idea."),
    ("S2503", "Planning & Prioritization", "Advanced", "If the Descript login doesn't work at school I'll do editing at the library on Saturday instead."),
    ("S2503", "Planning & Prioritization", "Proficient", "I put the essay first because it's due first (10/17) and the podcast isn't due until 10/22."),
    ("S2503", "Collaboration", "Developing", "The hardest thing was the group essay because I wanted to just do all of it myself."),
])

doc("IMG_4471 exit ticket.pdf", "T2501", "pdf", [
    ("h", "EXIT TICKET - ELA 7"),
    ("p", "Name: Deshawn P.        Date: Thursday, October 16th"),
    ("p", "1. Did you finish today's task? If not, what got in the way?"),
    ("p", "no. i didnt start till the end because i didnt know what to write and everybody else was already writing so i just put my head down."),
    ("p", "2. One thing you will try next time:"),
    ("p", "maybe ask for the sentence starters like Ms O said. when i got mad i did the breathing thing and it kind of helped after she reminded me."),
    ("p", "(scanned by Ms. Okafor 10/16)"),
], [("S2504", RJ, "2025-10-16", "exit ticket scan")], [
    ("S2504", "Task Initiation", "Emerging", "i didnt start till the end because i didnt know what to write and everybody else was already writing so i just put my head down."),
    ("S2504", "Self-Management", "Developing", "when i got mad i did the breathing thing and it kind of helped after she reminded me."),
], title="Exit ticket scan", author="Danielle Okafor")

doc("mom text 9-30.txt", "T2501", "text", """Texts from Ximena's mom (Mrs. Castillo) - pasted from Remind 9/30/25

[6:42 PM] Mrs. Castillo: Good evening Ms. Okafor, this is Ximena's mom. Quick question about the vocab project
[6:43 PM] Mrs. Castillo: She says it's due Friday but she already finished the slides on Sunday and now she is asking me to buy poster board to do a "backup version" in case the projector doesn't work lol
[6:43 PM] Mrs. Castillo: Is that necessary?? She made a checklist and taped it on the fridge
[6:51 PM] Ms. Okafor: Not necessary but very Ximena! The projector should be fine.
[6:55 PM] Mrs. Castillo: Also she was stressed last week about the math test and she told me "I'm going to do 20 minutes a night so I don't have to cram" and she actually did it every night, I didn't have to say anything
[6:56 PM] Mrs. Castillo: Ok thank you have a good night
""", [("S2502", PN, "2025-09-30", "pasted parent texts")], [
    ("S2502", "Planning & Prioritization", "Advanced", "she already finished the slides on Sunday and now she is asking me to buy poster board to do a \"backup version\" in case the projector doesn't work lol"),
    ("S2502", "Self-Management", "Proficient", "she told me \"I'm going to do 20 minutes a night so I don't have to cram\" and she actually did it every night, I didn't have to say anything"),
])

doc("peer feedback - argument essays.docx", "T2501", "docx", [
    ("h1", "Peer Feedback Form - Argument Essay Draft 1"),
    ("table", [["Reviewer", "Jaylen Brooks"], ["Writer", "Amara Nwosu"], ["Date", "10/10/25"]]),
    ("h2", "Glow (what works)"),
    ("p", "Your claim is clear its about why school should start later. I like the part about the teenage sleep study because it has a number in it."),
    ("h2", "Grow (what to fix)"),
    ("p", "idk its good. maybe more words."),
    ("h2", "Question for the writer"),
    ("p", "Where did you get the 8 hours number from? Because my cousin says that's made up so you should put where it's from."),
], [
    ("S2501", PF, "2025-10-10", "reviewer"),
    ("S2503", PF, "2025-10-10", "writer whose essay is reviewed"),
], [
    ("S2501", "Communication", "Emerging", "idk its good. maybe more words."),
    ("S2501", "Critical Thinking", "Developing", "Where did you get the 8 hours number from? Because my cousin says that's made up so you should put where it's from."),
], title="Peer Feedback - Argument Essay", author="Danielle Okafor")

doc("conf notes Dre.md", "T2501", "text", """**Conference:** Deshawn Price (Dre) + grandmother Ms. Loretta Price
**Teacher:** D. Okafor
**Date:** 11/6/25
**Location:** Room 214, after school

**Notes**

- Dre's folder had the last three handouts crumpled at the bottom of his backpack; the argument essay rubric was not in there at all and he said he "never got it."
- When the library Chromebooks went down during his writing time on Monday, he moved to drafting on paper without complaining and picked back up where he left off.
- Grandma says he's been staying in at lunch to avoid the group from the hallway. Dre said he'd rather lose lunch than get suspended, and that he thought about what his little brother would see if he got sent home.
- Agreed: one folder, checked every Friday with me. Grandma will text on Thursdays.
""", [("S2504", TO, "2025-11-06", "conference notes")], [
    ("S2504", "Organization", "Emerging", "Dre's folder had the last three handouts crumpled at the bottom of his backpack; the argument essay rubric was not in there at all and he said he \"never got it.\""),
    ("S2504", "Cognitive Flexibility", "Proficient", "When the library Chromebooks went down during his writing time on Monday, he moved to drafting on paper without complaining and picked back up where he left off."),
    ("S2504", "Responsible Decision-Making", "Developing", "Dre said he'd rather lose lunch than get suspended, and that he thought about what his little brother would see if he got sent home."),
])

doc("Fwd_ Jaylen's weekend.eml", "T2501", "text", """From: Renee Hill <rhill@lakeshoreprep.org>
To: Danielle Okafor <dokafor@lakeshoreprep.org>
Subject: Fwd: Jaylen's weekend
Date: Mon, 20 Oct 2025 08:14:00 -0500
Message-ID: <fwd-2501-jb-1020@lakeshoreprep.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Danielle - forwarding from Jaylen's dad, FYI before 3rd period. - Renee

---------- Forwarded message ---------
From: Andre Brooks <abrooks.home@example.com>
Date: Sun, Oct 19, 2025 at 9:02 PM
Subject: Jaylen's weekend
To: Renee Hill <rhill@lakeshoreprep.org>

Hi Ms. Hill,

Wanted to let you know Jaylen had a rough Saturday. His cousins were teasing him at the family party and he went in the bathroom and counted to fifty like you showed him instead of fighting, which honestly I have never seen him do before. He came out and said he was fine. Later on he lost it over the video game and we had to take it away, so it's not perfect.

He also turned down going to the lakefront with some older boys Saturday night. He told me "they always end up getting in trouble and I don't want to be there when it happens." Proud of him for that.

Thanks,
Andre Brooks
""", [("S2501", PN, "2025-10-19", "forwarded parent email; original sent Sun 10/19, forwarded 10/20")], [
    ("S2501", "Self-Management", "Developing", "His cousins were teasing him at the family party and he went in the bathroom and counted to fifty like you showed him instead of fighting, which honestly I have never seen him do before."),
    ("S2501", "Responsible Decision-Making", "Proficient", "He told me \"they always end up getting in trouble and I don't want to be there when it happens.\""),
])

doc("notes tues.txt", "T2501", "text", """notes tues 10/28 - 3rd per

- lit circles today. Ximena's group had the kid who never talks (Marcus from 7B, visiting) and she gave him the summarizer job, went around so everybody got a turn, and when two kids argued over the theme she wrote both ideas on the chart and had the group vote. Ran it better than I would have.
- Amara read for 25 min straight w/ noise from the hallway, didn't look up once. Consistent all month.
- Dre lost the 3-step directions again (annotate, sticky note, partner share) - did step 1 and then asked "what are we doing" twice. Gave him a written list, still needed me to point to step 2.
- Jay: sticky-note word bank seems to be working? Only one call-out today.
""", [
    ("S2502", TO, "2025-10-28", "multi-student quick notes"),
    ("S2503", TO, "2025-10-28", "multi-student quick notes"),
    ("S2504", TO, "2025-10-28", "multi-student quick notes"),
    ("S2501", TO, "2025-10-28", "multi-student quick notes; nickname Jay"),
], [
    ("S2502", "Collaboration", "Advanced", "Ximena's group had the kid who never talks (Marcus from 7B, visiting) and she gave him the summarizer job, went around so everybody got a turn, and when two kids argued over the theme she wrote both ideas on the chart and had the group vote."),
    ("S2503", "Inhibitory Control", "Proficient", "Amara read for 25 min straight w/ noise from the hallway, didn't look up once."),
    ("S2504", "Working Memory", "Emerging", "Dre lost the 3-step directions again (annotate, sticky note, partner share) - did step 1 and then asked \"what are we doing\" twice."),
    ("S2501", "Inhibitory Control", "Developing", "Jay: sticky-note word bank seems to be working? Only one call-out today."),
])

doc("scan 3.pdf", "T2501", "pdf", [
    ("h", "Quick Write"),
    ("p", "Prompt: Write about a time you changed your mind."),
    ("p", "I used to think reading was only for school but then my sister gave me a graphic novel and I read the whole thing in one night. Now I kind of want to make my own comic about my block."),
    ("p", "(no name on this one - found in the turn-in tray)"),
], [("ASK", RJ, "2025-10-31", "anonymous quick write, undated; no name. A person would file it under the day it was found, Fri 10/31/25 (the scan date)")], [],
    title="scan 3", author="Danielle Okafor")

# ---------------------------------------------------------------- T2502 Mr. Ferreira, Math 8
doc("math talk 9.24 - slopes.txt", "T2502", "text", """Math Talk - Algebra 8, Period 5
Wed 9/24/25
Prompt on board: Two lines, y = 2x + 1 and a line through (0, 4) and (2, 8). Same slope or not? Convince us.
Recorded on the room iPad, transcribed by Mr. Ferreira.

[00:00:05] Mr. Ferreira: Table 3, you're up. Who wants to start?
[00:00:09] Tyrell: Same slope! It's two! I knew it right away!
[00:00:12] Mr. Ferreira: Hold on Tyrell, let's let someone explain first. Hannah?
[00:00:16] Hannah: So I first did rise over run, from 4 to 8 is up 4, from 0 to 2 is over 2, so 4 over 2 is 2. But then I also checked with a table, like x equals 1 should be 6 if the slope is 2, and it is. I like doing it two ways in case one is wrong.
[00:00:34] Sofia: Wait, but the question says same slope, and everyone's saying yes, but they're not the same line. The y-intercepts are 1 and 4. I think some people are going to think same slope means same line, and it doesn't, they're parallel. Also, I want to check Tyrell's, because he said two but he didn't say how, and I think he's just looking at the 2 in 2x and guessing the other one matches.
[00:00:55] Tyrell: I wasn't guessing. It's like... it goes up by the same. Like each time. The same amount each time.
[00:01:03] Mr. Ferreira: Can you say more about "each time"?
[00:01:06] Tyrell: Like when x goes one more, y goes two more. For both of them.
[00:01:11] Mr. Ferreira: Omar, do you agree or disagree with Tyrell?
[00:01:14] Omar: I don't know.
[00:01:16] Mr. Ferreira: What did your group write?
[00:01:18] Omar: I didn't really write anything. They already did it.
[00:01:22] Tyrell: Can I do the next one? I already know the next one!

Teacher note after: Skills observed: Critical Thinking - Advanced (Sofia); Communication - Developing (Tyrell). Omar checked out, follow up.
""", [
    ("S2505", GD, "2025-09-24", "math talk"),
    ("S2506", GD, "2025-09-24", "math talk"),
    ("S2507", GD, "2025-09-24", "math talk"),
    ("S2508", GD, "2025-09-24", "math talk"),
], [
    ("S2505", "Critical Thinking", "Advanced", "I think some people are going to think same slope means same line, and it doesn't, they're parallel. Also, I want to check Tyrell's, because he said two but he didn't say how, and I think he's just looking at the 2 in 2x and guessing the other one matches."),
    ("S2506", "Inhibitory Control", "Emerging", "Can I do the next one? I already know the next one!"),
    ("S2506", "Communication", "Developing", "Like when x goes one more, y goes two more. For both of them."),
    ("S2507", "Cognitive Flexibility", "Proficient", "But then I also checked with a table, like x equals 1 should be 6 if the slope is 2, and it is. I like doing it two ways in case one is wrong."),
    ("S2508", "Collaboration", "Emerging", "I didn't really write anything. They already did it."),
])

doc("tutoring omar hannah.vtt", "T2502", "text", """WEBVTT
NOTE Peer tutoring - Hannah K. with Omar H., Algebra 8 flex period, 10/8/25. Recorded with both students' OK.

00:00:02.000 --> 00:00:07.500
<v Hannah>Okay so before we start, what part of the homework felt the worst? Not the answer, the feeling.

00:00:08.000 --> 00:00:14.000
<v Omar>Honestly when it has words. If it's just numbers I'm fine. When it's a story I freeze.

00:00:14.500 --> 00:00:24.000
<v Hannah>Same, I used to. So here's what I do, and you can change it if it doesn't work for you. Underline the question, circle the numbers, then box what changes. Try number 4, I'll be quiet.

00:00:30.000 --> 00:00:41.000
<v Omar>Okay. Underline... circle 12 and 3... wait what was the third thing?

00:00:41.500 --> 00:00:45.000
<v Hannah>Box what changes. I'll write it on the corner for you.

00:00:46.000 --> 00:00:58.000
<v Omar>Box what changes. So the 3 dollars changes every week. So it's 3x plus 12? That's the equation?

00:00:58.500 --> 00:01:08.000
<v Hannah>Yes! See, you did that, I didn't. Next time I'm going to make you explain it to me first and I'll just listen.

00:01:08.500 --> 00:01:15.000
<v Omar>I think I get stuck because I try to do everything in my head at once and then I lose it.
""", [
    ("S2507", PT, "2025-10-08", "tutor"),
    ("S2508", PT, "2025-10-08", "tutee"),
], [
    ("S2507", "Relationship Skills", "Advanced", "Same, I used to. So here's what I do, and you can change it if it doesn't work for you."),
    ("S2507", "Communication", "Proficient", "Yes! See, you did that, I didn't. Next time I'm going to make you explain it to me first and I'll just listen."),
    ("S2508", "Working Memory", "Developing", "Okay. Underline... circle 12 and 3... wait what was the third thing?"),
    ("S2508", "Self-Awareness", "Proficient", "I think I get stuck because I try to do everything in my head at once and then I lose it."),
])

doc("Tyrell - running doc.docx", "T2502", "docx", [
    ("h1", "Tyrell Washington (Ty) - running doc"),
    ("p", "Algebra 8 - Mr. Ferreira. Entries dated, newest last."),
    ("bdate", "9/10/25"),
    ("p", "Ty's binder is three binders' worth of paper stuffed in one; couldn't find the slope notes to study from."),
    ("bdate", "10/1/25"),
    ("p", "We set up a two-pocket folder (to do / done) together. He used it today after I reminded him at the door."),
    ("bdate", "10/27/25"),
    ("p", "Tyrell calls out less than he did in September - maybe half as much - but still needs the hand signal most days."),
    ("p", "Three days this week he had the warm-up started before the bell without anyone saying a word to him. He's been doing this since about mid-October."),
], [("S2506", TO, "2025-10-27", "running Google Doc; latest bold date 10/27/25")], [
    ("S2506", "Organization", "Emerging", "Ty's binder is three binders' worth of paper stuffed in one; couldn't find the slope notes to study from."),
    ("S2506", "Organization", "Developing", "He used it today after I reminded him at the door."),
    ("S2506", "Inhibitory Control", "Developing", "Tyrell calls out less than he did in September - maybe half as much - but still needs the hand signal most days."),
    ("S2506", "Task Initiation", "Proficient", "Three days this week he had the warm-up started before the bell without anyone saying a word to him."),
], title="Tyrell Washington - running doc", author="Marcus Ferreira")

doc("Re_ missing assignments.eml", "T2502", "text", """From: Carmen Mendoza <carmen.mendoza@example.com>
To: Marcus Ferreira <mferreira@lakeshoreprep.org>
Subject: Re: missing assignments
Date: Wed, 15 Oct 2025 19:37:00 -0500
Message-ID: <re-2505-sm-1015@example.com>
In-Reply-To: <miss-2505@lakeshoreprep.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Mr. Ferreira,

Thank you for letting me know. I talked to Sofia tonight. She told me "I know the math, I just don't see the point of writing it down," which I think is half true. She does the homework in her head on the bus and then never writes it, and the night before the unit test she realized she had five assignments missing and tried to do them all at 11 pm.

Her backpack is a mess too, I found two of your worksheets in her gym bag. We will go through it together on Sundays.

Carmen Mendoza

On Tue, Oct 14, 2025 at 3:10 PM Marcus Ferreira <mferreira@lakeshoreprep.org> wrote:
> Hi Ms. Mendoza, Sofia is one of the sharpest thinkers in the class but has 5 missing assignments this quarter...
""", [("S2505", PN, "2025-10-15", "parent email reply quoting the child")], [
    ("S2505", "Planning & Prioritization", "Emerging", "the night before the unit test she realized she had five assignments missing and tried to do them all at 11 pm."),
    ("S2505", "Organization", "Emerging", "Her backpack is a mess too, I found two of your worksheets in her gym bag."),
])

doc("exit tix 10-30.pdf", "T2502", "pdf", [
    ("h", "Algebra 8 Exit Ticket - 10/30/25"),
    ("p", "Name: Omar Haddad"),
    ("p", "Q: Solve 3x + 12 = 27 and tell me how you felt about today."),
    ("p", "3x = 15 so x = 5. I wrote every step down this time instead of doing it in my head because I know that's where I mess up. I was frustrated at the start because the warm-up was hard but I took a sip of water and moved on to the next one and came back to it, and I got it."),
], [("S2508", RJ, "2025-10-30", "exit ticket")], [
    ("S2508", "Self-Awareness", "Proficient", "I wrote every step down this time instead of doing it in my head because I know that's where I mess up."),
    ("S2508", "Self-Management", "Proficient", "I was frustrated at the start because the warm-up was hard but I took a sip of water and moved on to the next one and came back to it, and I got it."),
], title="Exit ticket 10-30", author="Marcus Ferreira")

doc("behavior tracker export Oct.csv", "T2502", "text", """LiveSchool export,Ferreira M. - Algebra 8 P5,Range 10/01/2025-10/31/2025
date,student,behavior,points,note
10/03/2025,Tyrell Washington,Calling out,-1,"Called out 6 times in 20 min during notes, even with the hand signal."
10/09/2025,Omar Haddad,Off task,-1,"Did not start the practice set for 15 minutes; head down until I came by twice."
10/16/2025,Hannah Kowalski,Leadership,+3,"Built a color-coded assignment tracker on her own and made copies for her whole table; two kids are now using it."
10/22/2025,Sofia Mendoza,Participation,+1,"Answered a question."
10/29/2025,Omar Haddad,On task,+1,"Worked the whole period after I sat with him for the first problem."
""", [
    ("S2505", TO, "2025-10-31", "tracker export; filed under end of export range"),
    ("S2506", TO, "2025-10-31", "tracker export"),
    ("S2507", TO, "2025-10-31", "tracker export"),
    ("S2508", TO, "2025-10-31", "tracker export"),
], [
    ("S2506", "Inhibitory Control", "Emerging", "Called out 6 times in 20 min during notes, even with the hand signal."),
    ("S2508", "Task Initiation", "Emerging", "Did not start the practice set for 15 minutes; head down until I came by twice."),
    ("S2507", "Organization", "Advanced", "Built a color-coded assignment tracker on her own and made copies for her whole table; two kids are now using it."),
    ("S2508", "Task Initiation", "Developing", "Worked the whole period after I sat with him for the first problem."),
])

doc("group proj presentation - budget.srt", "T2502", "text", """1
00:00:01,000 --> 00:00:09,000
SOFIA: Good morning. Our project is "Fund the Field Trip." Problem: the 8th grade needs $2,400 for the trip to Springfield.

2
00:00:09,500 --> 00:00:21,000
SOFIA: We modeled three fundraisers with linear equations. Bake sale is 2x minus 40 for supplies. The car wash is 8x. And Tyrell's idea, which is the one we picked.

3
00:00:21,500 --> 00:00:38,000
TYRELL: So instead of selling stuff, we rent out the 8th graders. Not like that. Like, we do a tutoring day for the 6th graders, math and reading, a dollar a session, and the parents pay because it's cheaper than a real tutor. It's math and business and it helps the little kids.

4
00:00:38,500 --> 00:00:52,000
SOFIA: Our first plan had everything due the last week, but Mr. Ferreira said to split it into checkpoints, so we made a timeline with three checkpoints. We finished the first two on time.

5
00:00:52,500 --> 00:01:05,000
TYRELL: And like, some kids can't pay, so we were thinking, some schools in other countries do it where older kids teach younger ones for free, so maybe we do free for anyone who needs it.

6
00:01:05,500 --> 00:01:15,000
SOFIA: If you look at the graph, the tutoring line passes $2,400 at week six. The bake sale never gets there. Questions?
""", [
    ("S2505", PP, "2025-11-13", "project presentation captions; date from teacher upload label (Thu 11/13/25 presentations day); no date in file"),
    ("S2506", PP, "2025-11-13", "project presentation captions"),
], [
    ("S2506", "Creativity & Innovation", "Advanced", "So instead of selling stuff, we rent out the 8th graders. Not like that. Like, we do a tutoring day for the 6th graders, math and reading, a dollar a session, and the parents pay because it's cheaper than a real tutor. It's math and business and it helps the little kids."),
    ("S2505", "Planning & Prioritization", "Developing", "Our first plan had everything due the last week, but Mr. Ferreira said to split it into checkpoints, so we made a timeline with three checkpoints."),
    ("S2506", "Global Awareness", "Developing", "some schools in other countries do it where older kids teach younger ones for free, so maybe we do free for anyone who needs it."),
    ("S2505", "Communication", "Proficient", "If you look at the graph, the tutoring line passes $2,400 at week six. The bake sale never gets there."),
])

doc("peer review form - Hannah for Sofia.pdf", "T2502", "pdf", [
    ("h", "Lakeshore Prep - Peer Review Form (Math Projects)"),
    ("p", "Reviewer: Hannah Kowalski    Presenter: Sofia Mendoza    Date: 11/13/25"),
    ("p", "What was strongest?"),
    ("p", "Your graph made the argument for you. I compared your bake sale numbers to the ones from the PTA flyer and they match, so I believe your model."),
    ("p", "What could be better?"),
    ("p", "You looked kind of nervous when people asked questions, so maybe practice the Q&A part with a friend. I would have been nervous too. Also I think you should say Tyrell's name when you present his idea so he gets credit."),
], [
    ("S2507", PF, "2025-11-13", "reviewer"),
    ("S2505", PF, "2025-11-13", "presenter being reviewed"),
], [
    ("S2507", "Critical Thinking", "Proficient", "I compared your bake sale numbers to the ones from the PTA flyer and they match, so I believe your model."),
    ("S2507", "Social Awareness", "Proficient", "You looked kind of nervous when people asked questions, so maybe practice the Q&A part with a friend. I would have been nervous too."),
], title="Peer Review Form", author="Marcus Ferreira")

doc("text from ty's mom.txt", "T2502", "text", """Texts - Ms. Washington (Tyrell's mom), copied from my phone 11/4/25

Tue 11/4
[4:18 PM] Ms. Washington: Mr F it's Tyrell's mom. He came home upset about the quiz
[4:19 PM] Ms. Washington: He threw his controller across the room and said he's never doing math again. He's calmer now
[4:31 PM] Ms. Washington: He did say he wants to come to the retake session Thursday instead of going to the game with his friends, he picked that himself
[4:33 PM] Mr. Ferreira: Thanks for letting me know. Retake session is 3:15-4 in room 118. Tell him I'm glad he chose it.
""", [("S2506", PN, "2025-11-04", "pasted parent texts")], [
    ("S2506", "Self-Management", "Emerging", "He threw his controller across the room and said he's never doing math again."),
    ("S2506", "Responsible Decision-Making", "Developing", "He did say he wants to come to the retake session Thursday instead of going to the game with his friends, he picked that himself"),
])

doc("Hannah conf 11.18.md", "T2502", "text", """**Student:** Hannah Kowalski
**Type:** Student-led conference (Hannah + dad + Mr. Ferreira)
**Date:** Tuesday, November 18th, 2025

Hannah ran the conference from her own agenda. She showed her dad her plan for the next three weeks, which has the math project, the science fair and volleyball playoffs on one page, and she had already marked the week of 12/1 as "danger week" and moved her science fair board to the weekend before so the two deadlines don't collide.

When her dad said she seemed stressed lately, Hannah explained that she had noticed she stops sleeping well when she has more than two things due, so she asked her volleyball coach for one practice off during danger week and he said yes.

Dad asked about grades; she pulled them up on the portal herself.
""", [("S2507", TO, "2025-11-18", "student-led conference notes")], [
    ("S2507", "Planning & Prioritization", "Advanced", "she had already marked the week of 12/1 as \"danger week\" and moved her science fair board to the weekend before so the two deadlines don't collide."),
    ("S2507", "Self-Management", "Advanced", "Hannah explained that she had noticed she stops sleeping well when she has more than two things due, so she asked her volleyball coach for one practice off during danger week and he said yes."),
])

# ---------------------------------------------------------------- T2503 Ms. Raman, Advisory + Science 6
doc("advisory RBT 9-19.txt", "T2503", "text", """Advisory 6R - Rose, Bud, Thorn check-in
Friday, September 19th
(Typed by Ms. Raman as students shared. Rose = something good, Bud = something you're looking forward to, Thorn = something hard.)

Ms. Raman: Lucia, want to start us off?

Lucia: Rose, I got the part in the choir solo. Bud, the Pilsen festival this weekend. Thorn, um, I saw Mei was sitting by herself at lunch yesterday and she looked kind of sad so I want to sit with her today, if that's okay, Mei.

Mei: Okay. Rose is the science lab. Bud is nothing. Thorn is... I don't know. I feel bad but I don't know the word for it. Kind of lonely? Kind of nervous? Both.

Ms. Raman: Both can be true. Thank you, Mei. Isaiah?

Isaiah: Thorn is Jaylen. He's the reason I had a bad day. He's always the reason.

Ms. Raman: Let's keep names out of thorns, Zay. What's yours without someone else in it?

Isaiah: I don't know. Nothing. Pass.

Jaylen: Rose is my team won. Bud is my team plays again Sunday. Thorn is nothing, everything is fine. I don't really care about the news stuff we did in social studies, that's other places, it's not about here.
""", [
    ("S2512", GD, "2025-09-19", "advisory rose-bud-thorn"),
    ("S2510", GD, "2025-09-19", "advisory rose-bud-thorn"),
    ("S2511", GD, "2025-09-19", "advisory rose-bud-thorn"),
    ("S2509", GD, "2025-09-19", "advisory rose-bud-thorn; Jaylen = Jaylen Carter in this teacher's roster"),
], [
    ("S2512", "Social Awareness", "Proficient", "I saw Mei was sitting by herself at lunch yesterday and she looked kind of sad so I want to sit with her today, if that's okay, Mei."),
    ("S2510", "Self-Awareness", "Developing", "I feel bad but I don't know the word for it. Kind of lonely? Kind of nervous? Both."),
    ("S2511", "Self-Awareness", "Emerging", "Thorn is Jaylen. He's the reason I had a bad day. He's always the reason."),
    ("S2509", "Global Awareness", "Emerging", "I don't really care about the news stuff we did in social studies, that's other places, it's not about here."),
])

doc("advisory rbt oct 17.docx", "T2503", "docx", [
    ("h1", "Advisory 6R - Rose / Bud / Thorn"),
    ("p", "Fri., Oct. 17, 2025 - students wrote their own cards; typed up by Ms. Raman."),
    ("table", [
        ["Student", "Rose", "Bud", "Thorn"],
        ["Isaiah", "I finished my egg drop design", "Halloween", "I get really angry when people laugh when I mess up and then I say stuff I don't mean. I'm trying to notice it before it happens."],
        ["Jaylen", "Football", "Football", "I wanted to quit the egg drop when the first one broke but Ms. Raman told me to take a break and I came back and fixed the straws."],
        ["Mei", "Lucia sits with me now", "Winter break trip to see my grandma in Chengdu", "Nothing big"],
        ["Lucia", "Mei is my friend", "The garden planting", "My little brother was sick"],
    ]),
], [
    ("S2511", GD, "2025-10-17", "advisory rose-bud-thorn cards"),
    ("S2509", GD, "2025-10-17", "advisory rose-bud-thorn cards"),
    ("S2510", GD, "2025-10-17", "advisory rose-bud-thorn cards"),
    ("S2512", GD, "2025-10-17", "advisory rose-bud-thorn cards"),
], [
    ("S2511", "Self-Awareness", "Developing", "I get really angry when people laugh when I mess up and then I say stuff I don't mean. I'm trying to notice it before it happens."),
    ("S2509", "Self-Management", "Developing", "I wanted to quit the egg drop when the first one broke but Ms. Raman told me to take a break and I came back and fixed the straws."),
], title="Advisory RBT 10/17", author="Priya Raman")

doc("circle - lunch table.md", "T2503", "text", """**Restorative circle:** lunch table conflict
**Date:** Tues., Oct. 7, 2025
**Keeper:** Ms. Raman
**Present:** Isaiah, Jaylen, Lucia
**Talking piece:** a small plastic dinosaur (Lucia's idea)

Keeper: We're here because yesterday at lunch there was yelling and a tray got flipped. Round one: what happened?

[Dinosaur to Isaiah]

Isaiah: Jaylen took my seat. So I flipped his tray. He deserved it. I'm not talking to him.

[Dinosaur to Jaylen]

Jaylen: It's not his seat, there's no names. But... I knew he always sits there. I did it to bug him. I didn't think he'd get that mad.

[Dinosaur to Lucia]

Lucia: I was there. I think Zay felt like everybody was laughing at him, because people were. And Jaylen, I don't think you meant for it to get that big. Zay, can I ask, what would make lunch okay for you? Because I can save the end seat for you if you want, and Jaylen can sit by me.

[Dinosaur to Isaiah. He shrugs, then says something quietly.]

Isaiah: Fine. If he stays on that side.

[Dinosaur to Jaylen]

Jaylen: I still think flipping a tray is worse. But I'll sit by Lucia. Also I kinda already told everybody in the group chat that Zay is crazy, so.

Keeper: Let's talk about that group chat in round two.
""", [
    ("S2511", GD, "2025-10-07", "restorative circle"),
    ("S2509", GD, "2025-10-07", "restorative circle"),
    ("S2512", GD, "2025-10-07", "restorative circle"),
], [
    ("S2511", "Relationship Skills", "Emerging", "Jaylen took my seat. So I flipped his tray. He deserved it. I'm not talking to him."),
    ("S2509", "Social Awareness", "Developing", "But... I knew he always sits there. I did it to bug him. I didn't think he'd get that mad."),
    ("S2512", "Relationship Skills", "Advanced", "Zay, can I ask, what would make lunch okay for you? Because I can save the end seat for you if you want, and Jaylen can sit by me."),
    ("S2509", "Responsible Decision-Making", "Emerging", "Also I kinda already told everybody in the group chat that Zay is crazy, so."),
    ("S2509", "Digital Literacy", "Emerging", "I kinda already told everybody in the group chat that Zay is crazy"),
])

doc("Mei science journal.docx", "T2503", "docx", [
    ("h1", "Science Journal - Density Unit"),
    ("table", [["Name", "Mei Lin Zhao"], ["Date", "11/5/25"], ["Period", "4"]]),
    ("h2", "Ms. Raman asks: Your prediction was wrong. What does that tell you?"),
    ("p", "I predicted the big candle would sink because it's heavier. But it floated and the little rock sank. So heavy is not the same as dense. I tested it three more times with different sizes of the same candle and they all floated, so I think it's the material, not the size."),
    ("h2", "Ms. Raman asks: Design your own density test."),
    ("p", "I want to make a density rainbow but with things from my grandma's kitchen: honey, dish soap, water with food coloring, and oil. Then I want to drop a grape, a cherry tomato and a bead in it and see where they stop, like a ruler for density. Nobody in my group has done it with food before. I got the idea from watching my grandma make soup and the oil stays on top."),
    ("h2", "Ms. Raman asks: How did it go when your group changed plans?"),
    ("p", "When we ran out of oil I didn't know what to do. Lucia said use the baby oil from the nurse and after she said it I thought that could work and we tried it."),
], [("S2510", RJ, "2025-11-05", "science journal with teacher questions")], [
    ("S2510", "Critical Thinking", "Proficient", "I tested it three more times with different sizes of the same candle and they all floated, so I think it's the material, not the size."),
    ("S2510", "Creativity & Innovation", "Advanced", "I want to make a density rainbow but with things from my grandma's kitchen: honey, dish soap, water with food coloring, and oil. Then I want to drop a grape, a cherry tomato and a bead in it and see where they stop, like a ruler for density."),
    ("S2510", "Cognitive Flexibility", "Developing", "When we ran out of oil I didn't know what to do. Lucia said use the baby oil from the nurse and after she said it I thought that could work and we tried it."),
], title="Science Journal - Density", author="Mei Lin Zhao")

doc("Zay running notes.docx", "T2503", "docx", [
    ("h1", "Isaiah R. - running notes"),
    ("p", "Google Doc, Ms. Raman. Bold = date of entry."),
    ("bdate", "9/12/25"),
    ("p", "Isaiah came to science without his notebook for the third day in a row; his locker has loose papers from 5th grade still in it."),
    ("bdate", "10/3/25"),
    ("p", "After I modeled the first two steps of the lab procedure, Zay finished steps 3-5 on his own and cleaned up his station."),
    ("bdate", "10/24/25"),
    ("p", "Gave the class a 4-step cleanup. Zay got steps 1 and 2, then stood by the sink until his partner reminded him of 3 and 4."),
    ("p", "He started his egg drop sketch the minute I put the materials out - first one in the room. It's a project he picked himself."),
], [("S2511", TO, "2025-10-24", "running Google Doc; latest bold date 10/24/25")], [
    ("S2511", "Organization", "Emerging", "Isaiah came to science without his notebook for the third day in a row; his locker has loose papers from 5th grade still in it."),
    ("S2511", "Working Memory", "Developing", "After I modeled the first two steps of the lab procedure, Zay finished steps 3-5 on his own and cleaned up his station."),
    ("S2511", "Working Memory", "Emerging", "Zay got steps 1 and 2, then stood by the sink until his partner reminded him of 3 and 4."),
    ("S2511", "Task Initiation", "Proficient", "He started his egg drop sketch the minute I put the materials out - first one in the room."),
], title="Isaiah R. - running notes", author="Priya Raman")

doc("lab group recording 10-29.txt", "T2503", "text", """Lab group recording - Science 6, Period 4, Table 2
Wednesday, October 29th
Task: plan a fair test for which paper towel absorbs the most water. (Transcribed by Ms. Raman from the table recorder.)

[00:00:04] Jaylen: Okay I'm in charge. We're doing the Bounty one first and I'm pouring. Mei, you write. Zay, you just watch.
[00:00:10] Lucia: Wait, can we hear everybody's plan first? Jaylen has one. Mei, you said something yesterday about the same amount of water.
[00:00:17] Mei: Yeah. We need the same amount of water, 50 mL, same size towel, same time, ten seconds, and then we squeeze it into the cylinder and measure what comes out. And we have to write the brand, the before, and the after for each one, and do each brand twice, so that's six rows in the table.
[00:00:35] Jaylen: That's too long. Just pour.
[00:00:38] Lucia: What if Jaylen pours, since he wants to, Mei keeps the table, Zay times, and I check the measurements? Then everybody has a job and we still use Mei's plan.
[00:00:47] Isaiah: No. I wanted to pour. If I can't pour I'm not doing it.
[00:00:51] Lucia: You can pour the second round, Zay. Jaylen does the first.
[00:00:54] Isaiah: That's not the plan. You said the plan already. I don't want to switch it.
[00:00:59] Jaylen: Whatever, give him the cup.

Teacher note: Skills observed: Collaboration - Advanced (Lucia). Working Memory - Proficient (Mei). Jaylen dominated the start again.
""", [
    ("S2509", GD, "2025-10-29", "lab group recording"),
    ("S2510", GD, "2025-10-29", "lab group recording"),
    ("S2511", GD, "2025-10-29", "lab group recording"),
    ("S2512", GD, "2025-10-29", "lab group recording"),
], [
    ("S2509", "Collaboration", "Emerging", "Okay I'm in charge. We're doing the Bounty one first and I'm pouring. Mei, you write. Zay, you just watch."),
    ("S2512", "Collaboration", "Advanced", "What if Jaylen pours, since he wants to, Mei keeps the table, Zay times, and I check the measurements? Then everybody has a job and we still use Mei's plan."),
    ("S2510", "Working Memory", "Proficient", "And we have to write the brand, the before, and the after for each one, and do each brand twice, so that's six rows in the table."),
    ("S2511", "Cognitive Flexibility", "Emerging", "That's not the plan. You said the plan already. I don't want to switch it."),
    ("S2509", "Inhibitory Control", "Developing", "That's too long. Just pour."),
])

doc("Lucia mom email.eml", "T2503", "text", """From: Graciela Ortiz <gortiz.familia@example.com>
To: Priya Raman <praman@lakeshoreprep.org>
Subject: Lucia and the garden
Date: Mon, 10 Nov 2025 07:05:00 -0600
Message-ID: <lo-2512-1110@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Good morning Ms. Raman,

I want to tell you something Lucia did. After your lesson about food deserts she went to our church on her own and asked the pastor if the kids could use the empty lot for a garden. She made a sign-up sheet and now eleven kids from the youth group are coming on Saturdays, and she is the one who calls everybody on Friday to remind them.

She also told me that the food desert problem is not just Chicago, that in other countries people have to walk very far for vegetables, and that is why she wants to grow things that are easy for families to cook.

Thank you for inspiring her.
Graciela Ortiz
""", [("S2512", PN, "2025-11-10", "parent email")], [
    ("S2512", "Task Initiation", "Advanced", "After your lesson about food deserts she went to our church on her own and asked the pastor if the kids could use the empty lot for a garden. She made a sign-up sheet and now eleven kids from the youth group are coming on Saturdays, and she is the one who calls everybody on Friday to remind them."),
    ("S2512", "Global Awareness", "Proficient", "She also told me that the food desert problem is not just Chicago, that in other countries people have to walk very far for vegetables"),
])

doc("peer feedback egg drop.docx", "T2503", "docx", [
    ("h1", "Egg Drop - Peer Feedback"),
    ("table", [["From", "Jaylen C."], ["To (group)", "Isaiah + Mei"], ["Date", "Oct. 31, 2025"]]),
    ("h2", "I like..."),
    ("p", "its cool"),
    ("h2", "I wonder..."),
    ("p", "I wonder if you put the straws like a triangle instead of a square because when I did mine after Ms. Raman showed the bridge video the triangle one didn't break."),
    ("h2", "Next step"),
    ("p", "make it better"),
], [
    ("S2509", PF, "2025-10-31", "peer feedback author"),
    ("S2511", PF, "2025-10-31", "group receiving feedback"),
    ("S2510", PF, "2025-10-31", "group receiving feedback"),
], [
    ("S2509", "Communication", "Emerging", "make it better"),
    ("S2509", "Creativity & Innovation", "Developing", "I wonder if you put the straws like a triangle instead of a square because when I did mine after Ms. Raman showed the bridge video the triangle one didn't break."),
], title="Egg Drop Peer Feedback", author="Priya Raman")

doc("podcast pitch - mei zay.txt", "T2503", "text", """Descript transcript - "6th Grade Science Minute" pitch
Recorded Friday, November 14th
Key: Speaker 1 = Mei, Speaker 2 = Isaiah (Ms. Raman relabelled)

[00:00:01] Speaker 1: Hi, this is the Science Minute. Today: why your ears pop on the Sears Tower elevator. Sorry, Willis Tower.
[00:00:07] Speaker 2: Um. Yeah. It's air.
[00:00:09] Speaker 1: It's air pressure! Imagine your ear is a drum with a tiny door behind it. Going up fast, the air outside gets thinner, but the air inside your ear is still squished, so it pushes the drum out. Pop. That's the door opening.
[00:00:24] Speaker 2: And then, um, it pops. Yeah.
[00:00:27] Speaker 1: Quick note about our research. One TikTok said ear popping means your brain is adjusting, but it was from a guy selling ear plugs, so we didn't trust it. We used the kids' page from a hospital website and our textbook. Also when the audio had a buzz I found the "studio sound" button in Descript and it fixed it.
[00:00:45] Speaker 2: I just watched YouTube for ours. The first one. I didn't check it.
""", [
    ("S2510", PP, "2025-11-14", "podcast pitch; Speaker 1"),
    ("S2511", PP, "2025-11-14", "podcast pitch; Speaker 2"),
], [
    ("S2510", "Communication", "Advanced", "Imagine your ear is a drum with a tiny door behind it. Going up fast, the air outside gets thinner, but the air inside your ear is still squished, so it pushes the drum out. Pop. That's the door opening."),
    ("S2511", "Communication", "Emerging", "Um. Yeah. It's air."),
    ("S2510", "Digital Literacy", "Advanced", "One TikTok said ear popping means your brain is adjusting, but it was from a guy selling ear plugs, so we didn't trust it."),
    ("S2511", "Digital Literacy", "Emerging", "I just watched YouTube for ours. The first one. I didn't check it."),
])

doc("scan 0042.pdf", "T2503", "pdf", [
    ("h", "Thorn card"),
    ("p", "Thorn: somebody keeps taking my stuff out of my cubby and I don't want to say who because then it gets worse."),
    ("p", "Rose: art"),
], [("ASK", RJ, "2025-11-21", "anonymous advisory thorn card, no name or date; a person would file it under the advisory day it was collected (Fri 11/21/25, scan date)")], [],
    title="scan 0042", author="Priya Raman")

# ---------------------------------------------------------------- T2504 Mr. Walsh, Social Studies + The Lakeshore Ledger
doc("Lakeshore Ledger ed meeting 10-6.txt", "T2504", "text", """THE LAKESHORE LEDGER - editorial meeting
Monday, October 6th, 2025, room 305 after school
Present: Brianna (editor-in-chief), Kofi, Rosa, Ethan, Mr. Walsh (advisor)

[00:00:02] Brianna: Okay, agenda is on the board. Pitches first, then assignments. I want to hear from everybody before we decide anything, including people who are new. Rosa, you're new, do you want to go first or last?
[00:00:11] Rosa: Um. Last.
[00:00:13] Brianna: Cool. Kofi?
[00:00:14] Kofi: I want to do the CPS budget cuts story. But I read three articles and they don't agree. The Tribune one says the district is spending more per student than ever, and the one from the teachers' union says classrooms are losing money. I think they can both be true if the money is going to pensions and not classrooms, so I want to look at where it goes before we say anybody's lying.
[00:00:36] Ethan: I'll do sports. I'll write it... sometime. Maybe this weekend. Or next week.
[00:00:41] Mr. Walsh: When is the deadline for this issue, Ethan?
[00:00:43] Ethan: The 20th? So I should probably do the interviews by like the 13th so I have time to write it.
[00:00:48] Ethan: Oh and I can make the graphics in Canva, I learned how to do the templates.
[00:00:52] Brianna: Rosa?
[00:00:54] Rosa: I had... never mind. It's not good.
[00:00:57] Brianna: Say it anyway, we're not voting yet.
[00:00:59] Rosa: Something about the, like, the buses. I don't know.
[00:01:03] Brianna: Buses is good. Kofi, can you help Rosa find one person to interview? You did the bus story last year.

Advisor note: Skills observed: Collaboration - Advanced (Brianna); Communication - Emerging (Rosa).
""", [
    ("S2513", GD, "2025-10-06", "student newspaper editorial meeting"),
    ("S2514", GD, "2025-10-06", "student newspaper editorial meeting"),
    ("S2515", GD, "2025-10-06", "student newspaper editorial meeting"),
    ("S2516", GD, "2025-10-06", "student newspaper editorial meeting"),
], [
    ("S2513", "Collaboration", "Advanced", "I want to hear from everybody before we decide anything, including people who are new. Rosa, you're new, do you want to go first or last?"),
    ("S2514", "Critical Thinking", "Advanced", "I think they can both be true if the money is going to pensions and not classrooms, so I want to look at where it goes before we say anybody's lying."),
    ("S2516", "Planning & Prioritization", "Emerging", "I'll do sports. I'll write it... sometime. Maybe this weekend. Or next week."),
    ("S2516", "Planning & Prioritization", "Developing", "So I should probably do the interviews by like the 13th so I have time to write it."),
    ("S2516", "Digital Literacy", "Developing", "Oh and I can make the graphics in Canva, I learned how to do the templates."),
    ("S2515", "Communication", "Emerging", "I had... never mind. It's not good."),
    ("S2513", "Relationship Skills", "Advanced", "Buses is good. Kofi, can you help Rosa find one person to interview? You did the bus story last year."),
])

doc("ed mtg nov 3.vtt", "T2504", "text", """WEBVTT
NOTE Lakeshore Ledger editorial meeting - Mon. Nov. 3, 2025 - Zoom (snow day makeup). Auto-captions, names fixed by Mr. Walsh.

00:00:03.000 --> 00:00:15.000
<v Brianna Scott>We have three weeks to the December issue and two people have the science fair. So I moved layout up to the 21st, and if the printer is booked like last time, Plan B is we post the PDF on the school site on the 24th and print after break.

00:00:16.000 --> 00:00:32.000
<v Rosa Delgado>I finished my bus story. I interviewed three drivers and a parent. I think the headline should be "Late Again" because that's what every single person said, and it makes people want to read it.

00:00:33.000 --> 00:00:52.000
<v Kofi Mensah>For the budget story, I put the two news sites side by side. Look at the photos: one used a picture of an empty classroom and one used a picture of a new building. Same numbers, different picture, so you feel different things. I want to use our own photo so we're not taking a side by accident.

00:00:53.000 --> 00:01:12.000
<v Ethan Novak>About the vaping story. I know the kid who got caught and everybody knows too, but I don't think we should put his name or even his grade, because he's 13 and it will follow him forever online, and the story is about the policy, not him. Can we just say "a student"?

00:01:13.000 --> 00:01:18.000
<v Brianna Scott>Yes. That's the right call, Ethan.
""", [
    ("S2513", GD, "2025-11-03", "editorial meeting captions"),
    ("S2514", GD, "2025-11-03", "editorial meeting captions"),
    ("S2515", GD, "2025-11-03", "editorial meeting captions"),
    ("S2516", GD, "2025-11-03", "editorial meeting captions"),
], [
    ("S2513", "Planning & Prioritization", "Advanced", "So I moved layout up to the 21st, and if the printer is booked like last time, Plan B is we post the PDF on the school site on the 24th and print after break."),
    ("S2515", "Communication", "Proficient", "I think the headline should be \"Late Again\" because that's what every single person said, and it makes people want to read it."),
    ("S2514", "Digital Literacy", "Advanced", "Same numbers, different picture, so you feel different things. I want to use our own photo so we're not taking a side by accident."),
    ("S2516", "Responsible Decision-Making", "Advanced", "I don't think we should put his name or even his grade, because he's 13 and it will follow him forever online, and the story is about the policy, not him."),
])

doc("Kofi - running notes.docx", "T2504", "docx", [
    ("h1", "Kofi Mensah - running notes"),
    ("p", "Social Studies 8 / Ledger. Mr. Walsh's running Google Doc."),
    ("bdate", "9/8/25"),
    ("p", "Kofi's locker and Chromebook folders are chaos - three copies of the same doc named Untitled. He knows what's in them, though, mostly."),
    ("bdate", "10/9/25"),
    ("p", "Lost his cool in the debate when the other side cut him off; stepped out, came back after I suggested a water break, and finished his rebuttal calmly."),
    ("bdate", "11/12/25"),
    ("p", "Kofi organized a letter-writing campaign to the state rep about the Ghanaian and Nigerian families in his building who lost their housing help, researched the actual bill, and got 40 signatures from two grades."),
    ("p", "He set up a shared folder for the Ledger with a naming rule after the Untitled disaster; still forgets to use it himself about half the time."),
], [("S2514", TO, "2025-11-12", "running Google Doc; latest bold date 11/12/25")], [
    ("S2514", "Organization", "Emerging", "Kofi's locker and Chromebook folders are chaos - three copies of the same doc named Untitled."),
    ("S2514", "Self-Management", "Developing", "Lost his cool in the debate when the other side cut him off; stepped out, came back after I suggested a water break, and finished his rebuttal calmly."),
    ("S2514", "Global Awareness", "Advanced", "Kofi organized a letter-writing campaign to the state rep about the Ghanaian and Nigerian families in his building who lost their housing help, researched the actual bill, and got 40 signatures from two grades."),
    ("S2514", "Organization", "Developing", "He set up a shared folder for the Ledger with a naming rule after the Untitled disaster; still forgets to use it himself about half the time."),
], title="Kofi Mensah - running notes", author="Kevin Walsh")

doc("Rosa reflection - immigration unit.md", "T2504", "text", """**Name:** Rosa Delgado
**Class:** Social Studies 7
**Date:** Friday, October 24th
**Assignment:** Unit reflection - "Chicago, City of Arrivals"

**Mr. Walsh asks:** What did you learn that surprised you?

I didn't know that the reasons people leave are kind of the same everywhere. My abuela left Michoacan because there was no work, and the Polish families in the 1900s left for almost the same reason, and now some families from Venezuela are coming to Chicago because of money and danger. When prices of food go up in one country, people move, and then it changes the neighborhoods here.

**Mr. Walsh asks:** How did you feel presenting your interview?

Nervous. I get quiet when I think people will think my idea is dumb, and I know that's why I didn't talk in the first newspaper meeting. I practiced with my cousin two times and it helped.

**Mr. Walsh asks:** Whose story did you think about most?

The new kids at the shelter near our school. When we did the interviews I asked Diego from my block what he wanted people to know, and he said nobody asks him anything except where he's from. So in my reflection for the class I want to say we should ask the new kids what they like, not just where they're from, and I want to start a welcome table at lunch with Spanish and English speakers.
""", [("S2515", RJ, "2025-10-24", "unit reflection with teacher questions")], [
    ("S2515", "Global Awareness", "Proficient", "When prices of food go up in one country, people move, and then it changes the neighborhoods here."),
    ("S2515", "Self-Awareness", "Proficient", "I get quiet when I think people will think my idea is dumb, and I know that's why I didn't talk in the first newspaper meeting. I practiced with my cousin two times and it helped."),
    ("S2515", "Social Awareness", "Advanced", "So in my reflection for the class I want to say we should ask the new kids what they like, not just where they're from, and I want to start a welcome table at lunch with Spanish and English speakers."),
])

doc("Ethan texts.txt", "T2504", "text", """texts w/ Ethan's dad (Mr. Novak) - Oct. 16

Thu, Oct 16, 2025
[7:02 AM] Mr. Novak: Morning. Ethan says he had a "thing" for newspaper due yesterday?? He didn't mention it until 10 last night
[7:03 AM] Mr. Novak: He also left his Chromebook charger at school again, third time this month, and the permission slip you sent is still in his backpack from last week
[7:05 AM] Mr. Novak: I asked him to do 3 things last night, shower, pack bag, sign up for the interview time, and he did the shower
[7:22 AM] Mr. Walsh: Thanks for the heads up. It was his interview list - he can have until Monday.
[7:24 AM] Mr. Novak: Thank you. He sat in front of it for an hour on his phone before he even opened it
""", [("S2516", PN, "2025-10-16", "pasted parent texts")], [
    ("S2516", "Working Memory", "Emerging", "I asked him to do 3 things last night, shower, pack bag, sign up for the interview time, and he did the shower"),
    ("S2516", "Organization", "Emerging", "He also left his Chromebook charger at school again, third time this month, and the permission slip you sent is still in his backpack from last week"),
    ("S2516", "Task Initiation", "Emerging", "He sat in front of it for an hour on his phone before he even opened it"),
])

doc("podcast - redlining ep.txt", "T2504", "text", """Descript export - Ledger Podcast, Ep. 3 "The Lines on the Map"
Exported 11/20/25 by K. Walsh
Speaker labels: Speaker 1 = Brianna, Speaker 2 = Kofi, Speaker 3 = Rosa

[00:00:00] Speaker 1: In 1940, somebody drew a red line around the neighborhood where our school is. Eighty-five years later, you can still see that line. Look at where the trees are. Look at where the banks are. This episode is about a map that nobody alive today drew, and everybody alive today lives inside.
[00:00:21] Speaker 2: We wanted to make it feel real, so instead of just talking about it, we walked it. We walked from Cottage Grove to Western with a phone counting trees, and we're putting the numbers on a map next to the 1940 one, side by side, so you can see them together.
[00:00:40] Speaker 3: I read that redlining was illegal by 1968 so it doesn't matter anymore. But then Brianna showed me the tree numbers so now I think it maybe still matters.
[00:00:52] Speaker 1: Some people online say the map doesn't explain anything today and it's all about choices people make now. We looked at that. Our answer is both: the map set where the money went, and then the choices happened inside that. If we only tell one side, we're doing the same thing the map did.
""", [
    ("S2513", PP, "2025-11-20", "podcast project; Speaker 1"),
    ("S2514", PP, "2025-11-20", "podcast project; Speaker 2"),
    ("S2515", PP, "2025-11-20", "podcast project; Speaker 3"),
], [
    ("S2513", "Communication", "Advanced", "This episode is about a map that nobody alive today drew, and everybody alive today lives inside."),
    ("S2513", "Critical Thinking", "Advanced", "Our answer is both: the map set where the money went, and then the choices happened inside that. If we only tell one side, we're doing the same thing the map did."),
    ("S2514", "Creativity & Innovation", "Proficient", "We walked from Cottage Grove to Western with a phone counting trees, and we're putting the numbers on a map next to the 1940 one, side by side, so you can see them together."),
    ("S2515", "Critical Thinking", "Developing", "I read that redlining was illegal by 1968 so it doesn't matter anymore. But then Brianna showed me the tree numbers so now I think it maybe still matters."),
])

doc("peer feedback - op-eds.pdf", "T2504", "pdf", [
    ("h", "Op-Ed Peer Feedback - Social Studies 7"),
    ("p", "Reviewer: Ethan Novak"),
    ("p", "Writer: Rosa Delgado"),
    ("p", "Date: 10/29/25"),
    ("p", "1. Is the claim supported by evidence?"),
    ("p", "yes because it says it in the article she used so its true."),
    ("p", "2. How might a reader who disagrees feel?"),
    ("p", "Maybe kind of mad because it says the buses are bad and my uncle drives a bus. I would maybe say the drivers aren't the problem so they don't feel blamed."),
    ("p", "3. One change:"),
    ("p", "add a picture"),
], [
    ("S2516", PF, "2025-10-29", "reviewer"),
    ("S2515", PF, "2025-10-29", "writer being reviewed"),
], [
    ("S2516", "Critical Thinking", "Emerging", "yes because it says it in the article she used so its true."),
    ("S2516", "Social Awareness", "Developing", "I would maybe say the drivers aren't the problem so they don't feel blamed."),
], title="Op-Ed Peer Feedback", author="Kevin Walsh")

doc("Ethan conf 11-17.md", "T2504", "text", """**Conference:** Ethan Novak + dad (Mr. Novak)
**Teacher:** Mr. Walsh
**Date:** 11/17/25

- Ethan said that when the schedule changed for the assembly he "didn't know what to do" and sat in the hallway for the rest of 4th period instead of going to the library like the announcement said.
- He walked out of the room on Thursday after losing the class review game and slammed the door.
- Dad reports the vaping-story conversation at the Ledger made Ethan proud; he brought it up at dinner.
- Plan: visual schedule taped in his planner; check-in with me on schedule-change days.
""", [("S2516", TO, "2025-11-17", "conference notes")], [
    ("S2516", "Cognitive Flexibility", "Emerging", "Ethan said that when the schedule changed for the assembly he \"didn't know what to do\" and sat in the hallway for the rest of 4th period instead of going to the library like the announcement said."),
    ("S2516", "Self-Management", "Emerging", "He walked out of the room on Thursday after losing the class review game and slammed the door."),
])

doc("tracker export 11-21.csv", "T2504", "text", """Behavior tracker export - Walsh, K. - Social Studies - exported 11/21/2025
Date,Student,Category,Pts,Comment
11/17/2025,Novak Ethan,Off task,-1,"Chromebook on a game tab twice during notes; closed it when I walked by, reopened it."
11/18/2025,Scott Brianna,Focus,+2,"Brianna didn't need a single reminder all period - she put her phone in the caddy before I even asked and turned her desk away from the window group."
11/19/2025,Delgado Rosa,Work habits,+1,"Started her DBQ the moment it was handed out and worked straight through, same as every day this week."
11/20/2025,Mensah Kofi,Teamwork,+2,"When his partner shut down, Kofi listened, asked what part felt hard, and they agreed to split the sources."
""", [
    ("S2516", TO, "2025-11-21", "tracker export"),
    ("S2513", TO, "2025-11-21", "tracker export"),
    ("S2515", TO, "2025-11-21", "tracker export"),
    ("S2514", TO, "2025-11-21", "tracker export"),
], [
    ("S2516", "Inhibitory Control", "Emerging", "Chromebook on a game tab twice during notes; closed it when I walked by, reopened it."),
    ("S2513", "Inhibitory Control", "Advanced", "Brianna didn't need a single reminder all period - she put her phone in the caddy before I even asked and turned her desk away from the window group."),
    ("S2515", "Task Initiation", "Proficient", "Started her DBQ the moment it was handed out and worked straight through, same as every day this week."),
    ("S2514", "Relationship Skills", "Proficient", "When his partner shut down, Kofi listened, asked what part felt hard, and they agreed to split the sources."),
])

doc("Fwd_ Bri newspaper.eml", "T2504", "text", """From: Dr. Angela Morris <amorris@lakeshoreprep.org>
To: Kevin Walsh <kwalsh@lakeshoreprep.org>
Subject: Fwd: Bri and the newspaper
Date: Wed, 05 Nov 2025 12:40:00 -0600
Message-ID: <fwd-2513-bs-1105@lakeshoreprep.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Kevin, sharing this lovely note from Brianna Scott's mom. -AM

---------- Forwarded message ---------
From: Tanya Scott <tscott.mom@example.com>
Date: Tue, Nov 4, 2025 at 8:15 PM
Subject: Bri and the newspaper
To: Angela Morris <amorris@lakeshoreprep.org>

Dr. Morris,

I wanted someone to know how much the Ledger means to Bri. Nobody asked her to, but this summer she started a neighborhood newsletter for our block club, and now she has two 6th graders from our building writing for it. She sits with them at the kitchen table and shows them how to do an interview, then makes them do the next one without her.

She says Mr. Walsh "treats us like real reporters." Thank you.

Tanya Scott
""", [("S2513", PN, "2025-11-04", "forwarded parent email; original Tue 11/4, forwarded 11/5")], [
    ("S2513", "Task Initiation", "Advanced", "Nobody asked her to, but this summer she started a neighborhood newsletter for our block club, and now she has two 6th graders from our building writing for it."),
    ("S2513", "Relationship Skills", "Advanced", "She sits with them at the kitchen table and shows them how to do an interview, then makes them do the next one without her."),
])

doc("socratic seminar 10-15 notes.docx", "T2504", "docx", [
    ("h1", "Socratic Seminar - Should Chicago keep the curfew for under-17s?"),
    ("p", "Wednesday, October 15th, 2025 - Social Studies, inner/outer circle. Partial transcript typed from the recording, then my notes."),
    ("h2", "Transcript (excerpt)"),
    ("p", "Rosa: I want to build on what Kofi said. He said the curfew keeps kids safe, and I agree for little kids, but I also heard Brianna say teens with jobs get stopped. So maybe the rule could have an exception for work."),
    ("p", "Ethan: I agree with Rosa. Same."),
    ("p", "Mr. Walsh: Can you add a reason, Ethan?"),
    ("p", "Ethan: Um, because my brother works at the Jewel until 11 and he got stopped once."),
    ("p", "Kofi: I hear the people who are scared for their kids. My mom is one of them. I don't think the people for the curfew are bad, they just see the news every night."),
    ("p", "Brianna: I think we have to think about who gets stopped, not just the rule. If it's enforced more in some neighborhoods, it's not fair even if it sounds fair, and that's something we should look at before we vote."),
    ("h2", "Teacher notes"),
    ("p", "Skills observed: Collaboration - Proficient (Rosa); Social Awareness - Proficient (Kofi)."),
    ("p", "Ethan only extended his point once I asked for a reason."),
], [
    ("S2515", GD, "2025-10-15", "socratic seminar excerpt + teacher notes"),
    ("S2516", GD, "2025-10-15", "socratic seminar"),
    ("S2514", GD, "2025-10-15", "socratic seminar"),
    ("S2513", GD, "2025-10-15", "socratic seminar"),
], [
    ("S2515", "Collaboration", "Proficient", "I want to build on what Kofi said. He said the curfew keeps kids safe, and I agree for little kids, but I also heard Brianna say teens with jobs get stopped. So maybe the rule could have an exception for work."),
    ("S2516", "Collaboration", "Developing", "Um, because my brother works at the Jewel until 11 and he got stopped once."),
    ("S2514", "Social Awareness", "Proficient", "I don't think the people for the curfew are bad, they just see the news every night."),
    ("S2513", "Responsible Decision-Making", "Proficient", "If it's enforced more in some neighborhoods, it's not fair even if it sounds fair, and that's something we should look at before we vote."),
], title="Socratic Seminar 10/15 notes", author="Kevin Walsh")

# ---------------------------------------------------------------- additions
doc("tutoring 11-6.txt", "T2502", "text", """Peer tutoring - flex period, room 118
Thurs. 11/6/25 - Sofia M. helping Tyrell W. with the quiz retake review
(phone recording, typed up by Mr. Ferreira)

[00:00:03] Sofia: Okay, so your quiz had the systems of equations. Do you want me to just show you or do you want to try first?
[00:00:07] Tyrell: Just show me.
[00:00:09] Sofia: I'll show one. So for number 2 you tried to solve for x first and it got ugly with fractions. What if we don't even think of it as x and y? Think of it as two phone plans. Plan A is 20 plus 5 a gig, Plan B is 35 plus 2 a gig. The question is just: when do they cost the same? Now it's a question about phones, not algebra.
[00:00:31] Tyrell: Oh. So like when do they cross.
[00:00:33] Sofia: Yeah. And while you do that one, I'm going to check your number 4 against the answer key and the notes from Tuesday, because I think the notes had a typo, the 3 should be a negative 3. Keep going, tell me when you get the gig number.
[00:00:48] Tyrell: Five gigs. It's five.
[00:00:50] Sofia: Yes! And the notes did have the typo, so number 4 wasn't your fault.
[00:00:55] Mr. Ferreira: Tyrell, what do you say to Sofia?
[00:00:57] Tyrell: Thanks. My bad for saying just show me. Can you do the next one slower? I kept doing the steps out of order.
[00:01:03] Sofia: Sure. You write, I'll just say the steps. Step one, set them equal. Step two, get the numbers on one side. Step three, divide.
[00:01:10] Tyrell: Set equal... numbers on one side... then what was three?
""", [
    ("S2505", PT, "2025-11-06", "tutor"),
    ("S2506", PT, "2025-11-06", "tutee"),
], [
    ("S2505", "Cognitive Flexibility", "Advanced", "What if we don't even think of it as x and y? Think of it as two phone plans."),
    ("S2505", "Working Memory", "Advanced", "And while you do that one, I'm going to check your number 4 against the answer key and the notes from Tuesday, because I think the notes had a typo, the 3 should be a negative 3."),
    ("S2505", "Relationship Skills", "Proficient", "Okay, so your quiz had the systems of equations. Do you want me to just show you or do you want to try first?"),
    ("S2506", "Relationship Skills", "Developing", "Thanks. My bad for saying just show me. Can you do the next one slower?"),
    ("S2506", "Working Memory", "Emerging", "Set equal... numbers on one side... then what was three?"),
])

doc("advisory rbt 11-7.txt", "T2501", "text", """Advisory 7O - rose bud thorn + podcast brainstorm
Fri., Nov. 7, 2025 (Ms. Okafor typing)

Ximena: Rose: I finally color-coded my planner and I haven't missed a single thing this month, I check it every morning on the bus. Bud: Thanksgiving. Thorn: my abuelo is in the hospital.
Deshawn: [laughs] Ximena's thorn is kinda funny, hospitals smell weird.
Ms. Okafor: Dre, look at her face right now. Try again.
Deshawn: My bad. Rose, nothing. Bud, nothing. Thorn, school.
Jaylen: Rose, me and Dre are cool again. We talked at lunch on Wednesday, Ms. Okafor told us to, and I said sorry again and he said okay.
Amara: Rose: our Field Museum trip got cancelled, which was actually a thorn, but I turned it into a rose. I asked the museum if we could do a phone interview with a scientist instead, and now the episode is going to be "The Trip That Didn't Happen" with a virtual tour from their website.

Podcast brainstorm, new groups:
Deshawn: I don't have an idea. I'll just do whatever Jaylen's doing, same topic.
Jaylen: I want to do sneakers. Like how they're made and where.
""", [
    ("S2502", GD, "2025-11-07", "advisory rose-bud-thorn"),
    ("S2504", GD, "2025-11-07", "advisory rose-bud-thorn"),
    ("S2501", GD, "2025-11-07", "advisory rose-bud-thorn"),
    ("S2503", GD, "2025-11-07", "advisory rose-bud-thorn"),
], [
    ("S2502", "Organization", "Proficient", "I finally color-coded my planner and I haven't missed a single thing this month, I check it every morning on the bus."),
    ("S2504", "Social Awareness", "Emerging", "Ximena's thorn is kinda funny, hospitals smell weird."),
    ("S2501", "Relationship Skills", "Developing", "We talked at lunch on Wednesday, Ms. Okafor told us to, and I said sorry again and he said okay."),
    ("S2503", "Cognitive Flexibility", "Advanced", "I asked the museum if we could do a phone interview with a scientist instead, and now the episode is going to be \"The Trip That Didn't Happen\" with a virtual tour from their website."),
    ("S2504", "Creativity & Innovation", "Emerging", "I don't have an idea. I'll just do whatever Jaylen's doing, same topic."),
    ("S2501", "Global Awareness", "Developing", "I want to do sneakers. Like how they're made and where."),
])

doc("notes thurs.txt", "T2503", "text", """notes thurs - Nov. 13 - sci 6 p4

Mei: keeps her lab notebook tabbed by unit, every handout glued in, same as all quarter. Found her data from October in ten seconds.
Jaylen: his egg drop redesign is the exact same as the one on the table next to him, down to the tape pattern. When I asked what he changed he said "nothing, theirs worked."
Lucia: I gave the four-part procedure orally once and she did all four parts in order, no checking the board.
Zay: bumped into Jaylen's tray and walked away; came back on his own after about a minute? No - after I caught his eye. Said sorry, though.
""", [
    ("S2510", TO, "2025-11-13", "multi-student quick notes"),
    ("S2509", TO, "2025-11-13", "multi-student quick notes; Jaylen = Jaylen Carter"),
    ("S2512", TO, "2025-11-13", "multi-student quick notes"),
    ("S2511", TO, "2025-11-13", "multi-student quick notes; nickname Zay"),
], [
    ("S2510", "Organization", "Proficient", "Mei: keeps her lab notebook tabbed by unit, every handout glued in, same as all quarter."),
    ("S2509", "Creativity & Innovation", "Emerging", "his egg drop redesign is the exact same as the one on the table next to him, down to the tape pattern."),
    ("S2512", "Working Memory", "Proficient", "I gave the four-part procedure orally once and she did all four parts in order, no checking the board."),
    ("S2511", "Relationship Skills", "Developing", "Zay: bumped into Jaylen's tray and walked away; came back on his own after about a minute? No - after I caught his eye. Said sorry, though."),
])

doc("Rosa journal nov.docx", "T2504", "docx", [
    ("h1", "Ledger Reporter Journal"),
    ("table", [["Reporter", "Rosa D."], ["Entry date", "11/10/25"]]),
    ("h2", "Mr. Walsh: How are you keeping track of your interviews?"),
    ("p", "I have a notebook just for the Ledger now. Each interview gets a page with the name, the date and the phone number at the top. But I lost the page with the second driver's quote so Brianna helped me find it in the recording."),
    ("h2", "Mr. Walsh: What changed for you since October?"),
    ("p", "In October I wouldn't say my idea. Now when the meeting gets quiet I try to go first, because I know if I wait I'll talk myself out of it. Next I want to write the cover story by myself."),
    ("h2", "Mr. Walsh: What idea are you proudest of?"),
    ("p", "The headline. But Brianna came up with the photo idea, I just said yes."),
], [("S2515", RJ, "2025-11-10", "reporter journal with teacher questions")], [
    ("S2515", "Organization", "Developing", "But I lost the page with the second driver's quote so Brianna helped me find it in the recording."),
    ("S2515", "Self-Awareness", "Advanced", "Now when the meeting gets quiet I try to go first, because I know if I wait I'll talk myself out of it. Next I want to write the cover story by myself."),
    ("S2515", "Creativity & Innovation", "Developing", "The headline. But Brianna came up with the photo idea, I just said yes."),
], title="Ledger Reporter Journal - Rosa", author="Kevin Walsh")
