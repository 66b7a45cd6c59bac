# All text for the Juniper Flats Middle School blind set.
# Inline label markup: [[SID:SK:L|verbatim student words]]  (SK = skill code, L = E/D/P/A)
TEACHERS = [
    ("T2101", "Adriana Villasenor", "avillasenor@jfms.example.org", "U7JF2101"),
    ("T2102", "Desmond Okafor", "dokafor@jfms.example.org", "U7JF2102"),
    ("T2103", "Ruth Kaminski", "rkaminski@jfms.example.org", "U7JF2103"),
    ("T2104", "Tomas Herrera", "therrera@jfms.example.org", "U7JF2104"),
]
STUDENTS = [
    ("S2101", "Marisol Pena", 7, "T2101", "Mari"),
    ("S2102", "Owen Thackeray", 7, "T2101", ""),
    ("S2103", "Priya Raman", 7, "T2101", ""),
    ("S2104", "Jaxon Bell", 7, "T2101", "Jax"),
    ("S2105", "Lena Whitford", 6, "T2102", ""),
    ("S2106", "Diego Castaneda", 6, "T2102", ""),
    ("S2107", "Owen Begay", 6, "T2102", "O.B."),
    ("S2108", "Hazel Moreno", 6, "T2102", ""),
    ("S2109", "Tariq Haddad", 8, "T2103", ""),
    ("S2110", "Camila Ruiz", 8, "T2103", "Cami"),
    ("S2111", "Bryce Lindqvist", 8, "T2103", ""),
    ("S2112", "Noor Saleh", 8, "T2103", ""),
    ("S2113", "Santiago Ortega", 7, "T2104", "Santi"),
    ("S2114", "Ximena Flores", 7, "T2104", ""),
    ("S2115", "Wyatt Doyle", 7, "T2104", ""),
    ("S2116", "Ana Sofia Trevino", 7, "T2104", "Sofi"),
]
SKILLS = {
    "SA": "Self-Awareness", "SM": "Self-Management", "SO": "Social Awareness",
    "RS": "Relationship Skills", "DM": "Responsible Decision-Making", "WM": "Working Memory",
    "IC": "Inhibitory Control", "CF": "Cognitive Flexibility", "PP": "Planning & Prioritization",
    "OR": "Organization", "TI": "Task Initiation", "CT": "Critical Thinking",
    "CO": "Communication", "CL": "Collaboration", "CR": "Creativity & Innovation",
    "DL": "Digital Literacy", "GA": "Global Awareness",
}
LEVELS = {"E": "Emerging", "D": "Developing", "P": "Proficient", "A": "Advanced"}
TYPES = {"gd": "group_discussion_transcript", "pt": "peer_tutoring_transcript",
         "pp": "project_presentation_transcript", "rj": "reflection_journal",
         "pf": "peer_feedback", "to": "teacher_observation_note", "pn": "parent_note"}

# Each doc: file, teacher, kind, title, truth "SID type date[ note]" separated by ';', text
DOCS = []
def D(file, teacher, kind, truth, text, title="", subject="", headers=None):
    DOCS.append(dict(file=file, teacher=teacher, kind=kind, truth=truth, text=text.strip("\n"),
                     title=title, subject=subject, headers=headers or {}))

# ---------------- T2101 Villasenor: science + solar-car club ----------------
D("solar car mtg 9-4.txt", "T2101", "txt", "S2101 gd 2025-09-04; S2102 gd 2025-09-04; S2104 gd 2025-09-04", """
Solar Car Club - planning meeting, Thurs 9/4/25 (room 114)
Present: Mari, Owen T., Jax, plus Rosa Quintero (8th, Kaminski's homeroom, club captain)

[00:00:05] Ms. Villasenor: Okay, we have six weeks until the regional sprint. What's the first thing?
[00:00:14] Mari: [[S2101:PP:D|I think we should make a list of what we need, but I don't really know how long each part takes, so can you help us put dates on it?]]
[00:00:31] Rosa: Last year the motor mount took way longer than anyone thought.
[00:00:40] Owen T.: [[S2102:CF:E|We already decided the chassis is balsa. I'm not changing it. If it's not balsa I'm not doing the chassis.]]
[00:00:58] Jax: wait what's a motor mount
[00:01:03] Ms. Villasenor: Jax, hold that thought, let Rosa finish.
[00:01:10] Jax: [[S2104:IC:E|oh can we paint it orange?? orange with flames. sorry. sorry. but flames]]
[00:01:30] Mari: [[S2101:CL:D|Owen, what if you do the chassis and I look up if balsa is strong enough? Then we can both decide. Ms. V said we should check with each other first.]]
[00:01:52] Owen T.: [[S2102:CL:E|fine. but I'm still doing balsa.]]
[00:02:05] Ms. Villasenor: Good. Mari, write the list on the whiteboard and we'll estimate together.

Teacher note (AV): Mari needed me to set the timeline; Owen shut down when Rosa suggested carbon rods. Jax - 4 redirects in 10 min.
Skills observed: Planning & Prioritization: Developing; Cognitive Flexibility: Emerging
""")

D("Observation - Priya lab 2.docx", "T2101", "docx", "S2103 to 2025-09-18", """
# Lab observation: density columns
Date: 9/18/2025   Period 3   Observer: A. Villasenor
| Student | Focus |
| Priya Raman | Working memory, organization |
Priya ran all seven steps of the density-column lab without looking back at the sheet after the first read. [[S2103:WM:P|She kept track of which liquid went in next, recorded volumes as she went, and caught on her own that she had skipped the temperature reading before moving to step 6.]]
[[S2103:OR:P|Her bench was set out in the order of use, with labelled cups and a wiped graduated cylinder; she did this without anyone telling her to.]]
When her partner from Mr. Okafor's class (Lena) asked for help, Priya just did the step for her rather than explaining it. [[S2103:RS:D|When I suggested she talk Lena through it instead, she did, and it went fine, but she went back to doing it herself once I walked away.]]
Next: push Priya toward explaining, not rescuing.
""", title="Priya lab obs 2")

D("exit ticket 9-23.txt", "T2101", "txt", "ASK", """
EXIT TICKET - 9/23 - Energy transfer
(found on back lab bench, no name, 3rd period)

Q: Where does the energy go when the solar cell lights the LED?
A: light to electric to light again and some heat. I wasnt sure so I looked at my neighbors paper and then changed mine. I think mine was right first.
""")

D("Jax check-in.md", "T2101", "md", "S2104 to 2025-10-02", """
**Student:** Jaxon Bell
**Date:** 10/2/2025
**Context:** Science, 5th period, solar cell worksheet
**Observer:** Ms. Villasenor

Jax started the worksheet only after I stood by his desk twice and pointed at question 1. [[S2104:TI:E|He spent most of the first ten minutes drawing flames on the margin and asking his neighbor about lunch.]]

[[S2104:IC:D|When I set a 5-minute timer on his desk, he worked through questions 1-3 without getting up; once the timer stopped he drifted again.]]

He lost the second page of the worksheet between 4th and 5th period. [[S2104:OR:E|His binder has loose papers from three classes stuffed in the front pocket and he could not find last week's lab at all.]]

[[S2104:WM:E|When I gave three directions at once (get the sheet, get a ruler, start question 1), he came back with only the ruler and asked what he was supposed to do.]]

Plan: timer + a one-page checklist taped in binder. Call home?
""")

D("Mari journal oct.docx", "T2101", "docx", "S2101 rj 2025-10-09", """
# Science journal - Marisol Pena
10/9/25
Prompt from Ms. V: What went well this week in the solar car group, and what would you change?
[[S2101:SA:P|I noticed I get frustrated when people don't listen and then I just stop talking. That's not good because then my ideas don't get in.]] This week I made myself say my idea twice instead of giving up.
[[S2101:PP:P|I made our parts timeline myself this time. I put the wheels first because the shop takes a week to cut them, and I gave every part a buffer day. We are on day 9 and nothing is late yet.]]
Ms. V: How did you decide the buffer days?
I looked at what went wrong for last year's team in Rosa's notebook.
""")

D("owen t peer fb.txt", "T2101", "txt", "S2102 pf 2025-10-16", """
Peer feedback - solar car design review 10/16
From: Owen Thackeray    To: Jax (wheel group)

Glow: [[S2102:CO:D|your wheels look cool and they are round.]]
Grow: [[S2102:CT:P|The axle rubs because the hole is 4 mm and the axle is 4 mm. I measured three of them. If you drill 4.5 it should spin. I tested it on the spare wheel and it spins 3 times longer.]]
Also: [[S2102:SO:D|I think you got upset when Priya laughed at the wheel but she was laughing at the tape not at you. I didnt notice until Ms. V pointed it out.]]
""")

D("Priya tutoring Jax.vtt", "T2101", "vtt", "S2103 pt 2025-10-21; S2104 pt 2025-10-21", """
WEBVTT

00:00:02.000 --> 00:00:09.000
<v Priya>Okay Jax, what do you think happens to the speed if we double the panel area?

00:00:09.500 --> 00:00:14.000
<v Jax>it goes double fast?

00:00:14.500 --> 00:00:31.000
<v Priya>[[S2103:RS:P|Maybe. Let's not guess though. You tell me what you'd test, and I'll just write it down. I'm not going to do it for you this time, that's what I did last time and you said you didn't get it after.]]

00:00:31.500 --> 00:00:44.000
<v Jax>[[S2104:TI:D|ok ok. I'll start with the small panel. Can you just tell me the first step then I'll do the rest]]

00:00:44.500 --> 00:01:02.000
<v Priya>[[S2103:CO:A|Think of it like your bike. If two friends push instead of one, do you go exactly twice as fast? Nope, because the air and the wheels push back. Same with the car. Now you try saying it back to me in your own words.]]

00:01:02.500 --> 00:01:15.000
<v Jax>[[S2104:CO:D|more push but the wind pushes back so like... not double? More but not double.]]

00:01:15.500 --> 00:01:21.000
<v Ms. Villasenor>Nice. Priya, that bike comparison was yours?

00:01:21.500 --> 00:01:30.000
<v Priya>[[S2103:CR:P|Yeah, I came up with it last night because the textbook one with the elevator didn't make sense to him.]]
""")

D("scan 3.pdf", "T2101", "pdf", "S2102 rj 2025-11-06", """
Reflection - Owen Thackeray - 11/6/25
Ms. V asked: Think about the day we switched from balsa to the carbon rods. How did you handle it?

At first I was mad because I did all the balsa drawings. Then Rosa showed the test where the balsa cracked at 3 kg. [[S2102:CF:D|I still didn't want to change but Ms. V helped me list what stays the same, like the shape and the wheel spots, and then it was only the material that changed. After that it was ok.]]
[[S2102:SM:D|When I get mad now I go get water like we said. I did it twice Tuesday. I still yelled once on Monday though.]]
[[S2102:SA:P|I think I get stuck because I like knowing the plan and when it changes it feels like my work was for nothing. Knowing that helps me.]]
""", title="scan 3")

D("Mari peer tutoring Santi.txt", "T2101", "txt", "S2101 pt 2025-11-13", """
Peer tutoring - dual-language science lab (with Mr. Herrera's group) - 11/13/25
Tutor: Marisol Pena (T2101)   Tutee: Santiago Ortega (Herrera 7th)

[00:00:03] Mari: [[S2101:CO:A|Okay, Santi, I'll say it in Spanish first and then in English, and you pick which one you want to use when you explain it back. La energía del sol se convierte en electricidad. The sun's energy turns into electricity.]]
[00:00:20] Santi: En español. La celda solar... cambia la luz en electricidad.
[00:00:31] Mari: [[S2101:SO:A|You looked confused when I said "photovoltaic", so forget that word for now. Nobody in my group knew it either at first. We'll come back to it.]]
[00:00:48] Santi: ok. y el motor?
[00:00:52] Mari: [[S2101:WM:P|Three steps: light hits the cell, the cell makes current, the current turns the motor. Write the three and draw an arrow between each, and then we'll check your sheet against the lab handout and the video from Tuesday.]]
[00:01:20] Santi: Listo.

AV note: Mari chose the language switch herself, not something I suggested. Santi's data goes to Mr. Herrera.
""")


D("Solar car presentation - district.docx", "T2101", "docx", "S2101 pp 2025-12-11; S2102 pp 2025-12-11; S2103 pp 2025-12-11", """
# Solar Car Club: Presentation to the District Science Night
Transcript, 12/11/2025 (typed by Ms. Villasenor from the recording)
MARI: [[S2101:CO:A|Good evening. Most of you drove here. Imagine that every one of those cars could drive on the light that hit this parking lot today. That's what we spent four months trying to build, in miniature.]]
OWEN T.: [[S2102:CT:A|We tested two materials. Balsa is lighter, but it cracked at 3 kilograms. The carbon rods weigh 40 grams more but held 9 kilograms. A lighter car that breaks doesn't finish, so we chose the heavier one. I was wrong at first and the data showed me.]]
PRIYA: [[S2103:GA:A|In places like rural Rajasthan, where my grandmother lives, solar panels on roofs power water pumps. We wrote to a company there to ask how they deal with dust on the panels, because we have the same problem here in the desert. Their answer changed our cleaning plan.]]
MARI: [[S2101:PP:A|We planned for two things going wrong. If it's cloudy on race day we have a charged backup battery that is legal under the rules, and if the motor burns out, Owen already built a spare mount so we swap in ten minutes.]]
AUDIENCE MEMBER: What was the hardest part?
PRIYA: [[S2103:SA:P|Honestly, for me it was letting other people do things. I like being in control of the bench. I know that about myself now, so I try to hand things off on purpose.]]
""", title="District science night transcript")

D("notes tues.txt", "T2101", "txt", "S2102 to 2026-01-13; S2104 to 2026-01-13", """
notes tues 1/13/26

Owen T - the competition rules changed over break (panel size cap). [[S2102:CF:P|He read the new rule, said "ok, so the side panels go," and redrew the layout by himself before lunch without any complaint.]] Huge compared to the balsa fight in Sept.

Jax - [[S2104:SM:D|got frustrated when his wheel design failed the spin test, put his head down, then after I reminded him of his "3 breaths then try one thing" card he tried a new spacer.]]
""")

D("Priya journal feb.md", "T2101", "md", "S2103 rj 2026-02-05", """
**Name:** Priya Raman
**Date:** 2/5/2026
**Journal prompt:** What is one thing you did this week that you could not have done in August?

[[S2103:RS:A|I ran the Saturday build session when Rosa was sick. Two of the new 6th graders were arguing over who got the soldering iron. I made a sign-up sheet with 15-minute turns and gave the one waiting the job of checking the wiring diagram, so they were both needed.]]

[[S2103:TI:A|I also started a "dust test" project on my own: I put three panel scraps on the roof with different coatings and I check them every Monday. Nobody assigned it. Now Jax and two other kids come check them with me.]]

[[S2103:WM:A|During that session I kept the soldering turns, the wiring check and my own dust-test log going at the same time, and when a wire was wrong I put the fix together from the kit manual and Rosa's notes from last year.]]

*Ms. V: Priya - what made you decide to give the waiting student a job?*

[[S2103:SO:P|Because when you are just waiting you feel left out and then you start bugging the person with the iron.]]
""")

D("Parent email - Bell.eml", "T2101", "eml", "S2104 pn 2026-02-10", """
Hi Ms. Villasenor,

Just wanted to say thank you. Jaxon has been talking about the solar car every night at dinner. [[S2104:TI:P|He has been starting his homework right after he gets home without me asking, which has never happened before.]] He told us "I do the hard one first so I can work on my wheel sketches after." His words!

[[S2104:OR:P|He also set up his own folder system on the kitchen counter, one color for each class, and he checks it before bed.]]

He still gets wound up when his little sister touches his car model, but he goes to his room instead of yelling, mostly.

Thanks again,
Kelly Bell
""", subject="Jaxon + homework", headers={"From": "Kelly Bell <kbell.home@example.net>", "To": "Adriana Villasenor <avillasenor@jfms.example.org>", "Date": "Tue, 10 Feb 2026 19:42:10 -0700"})

D("Owen T conf notes.pdf", "T2101", "pdf", "S2102 to 2026-03-05", """
Student-led conference notes - Owen Thackeray - March 5, 2026
Attending: Owen, his dad (Mr. Thackeray), A. Villasenor

Owen presented his portfolio. He explained the balsa-to-carbon story himself. [[S2102:SA:A|He told his dad that he now notices when he is "locking in" on a plan and asks himself what would change his mind, and said his goal for spring is to volunteer for the job nobody has planned yet.]]
[[S2102:DL:P|He showed the spreadsheet he built to log spin-test times, with a chart that updates, and explained how he checked his formulas against two hand calculations.]]
Dad mentioned Owen still loses his phone charger constantly. Not a school concern.
""")

D("club meeting march.srt", "T2101", "srt", "S2101 gd 2026-03-19; S2103 gd 2026-03-19; S2104 gd 2026-03-19", """
1
00:00:01,000 --> 00:00:08,000
MS. VILLASENOR: Race is in three weeks. The district says we can't use the school van. Ideas?

2
00:00:08,500 --> 00:00:24,000
MARI: [[S2101:DM:A|Before we ask parents to drive, we should check the district rule about volunteer drivers. Last year a team got disqualified over a form. I don't want anyone to get in trouble or be unsafe just because we were rushing.]]

3
00:00:24,500 --> 00:00:36,000
JAX: [[S2104:CL:P|I can ask my mom, and Priya said her uncle has a truck. Priya, do you want to ask him or should I put both on the list and we vote?]]

4
00:00:36,500 --> 00:00:52,000
PRIYA: [[S2103:CF:A|Or we flip it. What if we don't bring the car to the race? The rules allow a video time trial. We film it here on our own track, which is flatter anyway. Then the transport problem goes away.]]

5
00:00:52,500 --> 00:01:04,000
JAX: [[S2104:IC:P|Wait, I want to say something but Mari had her hand up first. Go Mari.]]

6
00:01:04,500 --> 00:01:15,000
MARI: [[S2101:CL:A|Okay so let's do both: Priya checks the video rules, Jax asks about drivers, and I'll call the district. Whichever works first, we go with it. Everybody okay with that?]]
""")

# ---------------- T2102 Okafor: ELA grade 6 ----------------
D("Exit ticket.docx", "T2102", "docx", "S2105 rj 2025-08-21", """
# Exit ticket - ELA 6, Block B
Name: Lena W.   Date: 8/21/25
Question: What is one strategy you'll use when a reading gets hard?
[[S2105:SA:D|I don't know. Maybe reread? I get mad when its hard and I want to quit but I don't know why. My mom says I'm just tired.]]
Question: Rate how today went (1-5).
3
""", title="Exit ticket")

D("lit circle 9-10.txt", "T2102", "txt", "S2106 gd 2025-09-10; S2107 gd 2025-09-10; S2108 gd 2025-09-10", """
Literature circle - "The Desert Crossing" ch. 3-4 - 9/10/25
Group: Diego, Owen B., Hazel

[00:00:04] Mr. Okafor: Discussion director today is Hazel. Go ahead.
[00:00:09] Hazel: [[S2108:CO:E|um. I don't. You go.]]
[00:00:13] Diego: [[S2106:CL:E|I'll just do it. Okay so the main character is dumb for leaving the water behind, that's it, that's the whole chapter, next question.]]
[00:00:25] Owen B.: [[S2107:SO:D|I think Hazel wanted to say something. Hazel, did you?]]
[00:00:30] Hazel: I think maybe she left it because she was scared.
[00:00:35] Diego: [[S2106:SO:E|no she's just dumb]]
[00:00:38] Mr. Okafor: Diego, what in the text supports that?
[00:00:42] Diego: [[S2106:CT:E|It just is. Everybody knows you don't leave water.]]
[00:00:50] Owen B.: [[S2107:CT:D|On page 41 it says her hands were shaking when she put it down. So maybe Hazel is right about scared? I'm not sure though.]]

Skills observed: Collaboration - Emerging (Diego); Communication - Emerging (Hazel)
""")


D("Hazel obs.md", "T2102", "md", "S2108 to 2025-10-15", """
**Student:** Hazel Moreno
**Date:** 10/15/2025
**Setting:** ELA small-group, "Desert Crossing" chapter 6
**Noted by:** D. Okafor

- [[S2108:CO:D|With a sentence starter card ("I noticed that...") Hazel shared two full ideas with her group; without the card she passed.]]
- [[S2108:WM:D|She followed the first two steps of the annotation routine but needed me to repeat steps 3 and 4 (star the theme line, write a question).]]
- [[S2108:OR:P|Her reading folder is the neatest in the class - every handout dated and in order, and she keeps her own vocabulary index in the back without being asked.]]
""")

D("Lena tutoring Owen B.txt", "T2102", "txt", "S2105 pt 2025-10-29; S2107 pt 2025-10-29", """
Peer tutoring - Lena W. tutoring Owen B. - paragraph structure
10/29/25, ELA 6

[00:00:02] Lena: So what's your topic sentence?
[00:00:06] Owen B.: [[S2107:TI:E|I didn't start yet. I don't know how to start so I just didn't.]]
[00:00:12] Lena: [[S2105:RS:D|Ok um. Mr. O said I should ask you questions instead of telling you. So. What's your paragraph about?]]
[00:00:20] Owen B.: My dog.
[00:00:22] Lena: What about your dog?
[00:00:25] Owen B.: she's scared of storms.
[00:00:28] Lena: [[S2105:CO:P|That's your topic sentence! "My dog Luna is scared of storms." Now give me three reasons or examples, and put each one in its own sentence so the reader can follow.]]
[00:00:44] Owen B.: [[S2107:WM:D|ok. one, she hides under the bed. two... what was the second thing you said to do? oh, examples. two she shakes.]]
[00:01:05] Lena: Good. One more.

DO note: Lena is better at this than she thinks. She still looked at me for approval every question.
""")

D("Okafor - parent email Moreno.eml", "T2102", "eml", "S2108 pn 2025-11-04", """
Dear Mr. Okafor,

I hope this is ok to email. Hazel came home very upset on Monday. She said to me, "Mom, I had something to say and I couldn't make the words come out and then the bell rang." She cried a little.

At home she talks nonstop, so this surprised us. [[S2108:SA:D|When we talked about it she said she gets "a stomach ache feeling" before she talks in a group, but she could not say what it was about.]]

Is there something we can do at home? She practices reading to her little brother every night.

Gracias,
Marta Moreno
""", subject="Hazel - worried about speaking in class", headers={"From": "Marta Moreno <mmoreno.fam@example.net>", "To": "Desmond Okafor <dokafor@jfms.example.org>", "Date": "Tue, 04 Nov 2025 21:15:03 -0700"})

D("peer feedback - persuasive essays.docx", "T2102", "docx", "S2105 pf 2025-11-19; S2106 pf 2025-11-19", """
# Peer feedback: persuasive essay drafts
11/19/25
| Reviewer | Writer |
| Diego Castaneda | Lena Whitford |
| Lena Whitford | Diego Castaneda |
## Diego's feedback on Lena's essay (Should recess be longer?)
[[S2106:CT:D|Your second reason is good because you have the stat about kids focusing better. But where is it from? Mr. O said we have to say the source. I think it was the poster in the nurse's office?]]
[[S2106:RS:P|I like how you ended it. I would change the start because it's kind of slow, but it's your essay so you decide.]]
## Lena's feedback on Diego's essay (Phones at lunch)
[[S2105:CT:P|You say "everyone agrees" but in our class survey 11 people said no. Maybe use the survey numbers, and say why the 11 people are wrong instead of pretending they don't exist.]]
[[S2105:CR:D|For your hook maybe start with a question like we practiced, like "What if your phone disappeared at lunch?" That's kind of copying the example but it could work.]]
""", title="Persuasive essay peer feedback")

D("O.B. journal.txt", "T2102", "txt", "S2107 rj 2025-12-03", """
Journal - O.B. - 12/3/25

Mr. Okafor's question: What's something that's easier for you now?

[[S2107:TI:P|Starting. I used to just sit there. Now I make the first sentence bad on purpose so I'm started, and then I fix it. I did that on my own for the storm story and I finished first in my table.]]
[[S2107:SM:D|I still get frustrated on long assignments. When you remind me to take the 2 min break I come back ok. If I don't take it I kind of stop.]]

Mr. O: That "bad first sentence" trick is great. Where did you get it?
My cousin Tyler. He said "just write garbage, then clean it." He's in high school.
""")

D("Diego and Hazel debate prep.md", "T2102", "md", "S2106 gd 2026-01-21; S2108 gd 2026-01-21", """
**Activity:** Debate prep - "Should our town build a second solar farm?"
**Date:** 1/21/26
**Group:** Diego C., Hazel M. (and Marcus from Ms. Kaminski's 8th grade as a visiting judge)
**Transcribed by:** Mr. Okafor

Diego: [[S2106:CL:P|Hazel, you go first on this one. You had that point about the tortoises and I want to build my part off of yours.]]

Hazel: [[S2108:CT:P|Okay. The city article says the farm will create 200 jobs, but the article is from the company building it. The Desert Tortoise group says it would cut through a habitat. We should use both and say who wrote each one.]]

Marcus: That's a good catch.

Diego: [[S2106:IC:P|I was going to jump in right there but I'll wait, go ahead and finish the tortoise part.]]

Hazel: [[S2108:GA:D|And um, Mr. O, is this like the thing in other countries with the big solar farms? I don't really know where. I just remember a video.]]
""")

D("Lena - midyear conference.pdf", "T2102", "pdf", "S2105 to 2026-01-29", """
Midyear conference - Lena Whitford - 1/29/26
Present: Lena, Ms. Whitford (mom), D. Okafor

Lena set her own goal: to stop asking permission for every step. [[S2105:SA:P|She said she knows she checks with adults because she is afraid of being wrong, and that when she tutored Owen B. she realized she actually knew the material.]]
[[S2105:PP:D|She brought a plan for the research project with the steps listed, but the dates were mine; she asked me to decide how long the note-taking step should take.]]
Mom shared that Lena wants to join the student court next year.
""")

D("presentation - animal research.txt", "T2102", "txt", "S2107 pp 2026-02-24", """
Owen B - research presentation - 2/24/26 - "Why Gila monsters matter"
(recorded in class, typed by DO; one speaker)

Gila monsters are venomous lizards that live here, in the Sonoran and Mojave deserts. Most people are scared of them but they are almost never dangerous to people. [[S2107:CO:P|I'm going to tell you three things: where they live, what they eat, and why scientists care about their venom. If you remember one thing, remember the third one.]]
[[S2107:GA:P|Their venom helped scientists make a medicine for diabetes that people use all over the world, like in Mexico and India where lots of people have diabetes. So a lizard from our desert helps people on the other side of the planet.]]
[[S2107:DL:D|I found most of my facts on a website. I think it was a good one. Mr. O told me to check if it was .gov or .edu and it was .org, so I asked him if that was ok.]]
""")

D("hazel journal march.txt", "T2102", "txt", "S2108 rj 2026-03-11", """
Hazel Moreno - reflection - March 11, 2026

Mr. O asked: How did the debate feel compared to lit circle in September?

[[S2108:SM:P|I was nervous but I used my plan. I wrote my three points on a card, I breathed before my turn, and I spoke first on purpose so I wouldn't have time to get scared. I didn't need the sentence starter at all.]]
[[S2108:CO:A|After the debate a 6th grader from Ms. Kaminski's advisory told me she was scared of talking too. I showed her my card trick and told her the first sentence is the hardest, so make it short. She used it at her student court thing on Friday.]]
It's weird that I'm the one helping now.
""")

D("Fw_ Diego at home.eml", "T2102", "eml", "S2106 pn 2026-04-08", """
Mr. Okafor - forwarding this from Diego's dad, he asked me to send it to you since you're his ELA teacher. - Ms. Kaminski

---------- Forwarded message ---------
From: Ruben Castaneda <rcastaneda.home@example.net>
Date: Mon, Apr 6, 2026 at 8:02 PM
Subject: Diego
To: Ruth Kaminski <rkaminski@jfms.example.org>

Hello, I am Diego's father. I wanted someone at school to know about a good thing. [[S2106:SO:P|At his cousin's birthday Diego noticed his little cousin was sitting alone because the older kids were speaking only English and she only speaks Spanish. He went and sat with her and translated the games for her the whole afternoon.]]

[[S2106:DM:P|He also told me he decided not to share a video some boys from his bus made of another kid, because he said it would hurt that kid and it could get them in trouble.]] We are proud of him.

Ruben Castaneda
""", subject="Fw: Diego", headers={"From": "Ruth Kaminski <rkaminski@jfms.example.org>", "To": "Desmond Okafor <dokafor@jfms.example.org>", "Date": "Wed, 08 Apr 2026 07:31:44 -0700"})

D("lit circle may.docx", "T2102", "docx", "S2105 gd 2026-05-06; S2107 gd 2026-05-06; S2106 gd 2026-05-06", """
# Literature circle - final book, "Salt River Summer"
May 6, 2026 - recorded and transcribed
[00:00:03] Lena: [[S2105:CL:A|Before we start, Diego usually talks first and Owen talks last, so today let's go the other way. Owen, you start, then we each connect to what the person before said.]]
[00:00:15] Owen B.: [[S2107:CF:P|Okay. I thought the ending was sad, but when Diego said it was hopeful yesterday I read it again and I can see both. The river drying is sad but the town starts sharing water.]]
[00:00:34] Diego: [[S2106:CO:P|Building on Owen: the author never says hopeful, she shows it. Like the neighbor handing the jug over the fence. That's the most persuasive part to me.]]
[00:00:51] Lena: [[S2105:CT:A|But is sharing actually enough? In the real Colorado River news, states are fighting over cuts. So maybe the book makes it look easier than it is. I think the author is choosing hope on purpose.]]
[00:01:12] Mr. Okafor: Strong. Keep going.
Skills observed: Collaboration - Advanced (Lena); Cognitive Flexibility - Proficient (Owen B.)
""", title="Lit circle May")

# ---------------- T2103 Kaminski: social studies 8 + student court ----------------
D("student court 9-12.txt", "T2103", "txt", "S2109 gd 2025-09-12; S2110 gd 2025-09-12; S2111 gd 2025-09-12", """
Student Court training session #1 - 9/12/25
Present: Tariq, Cami, Bryce; Ms. Kaminski facilitating

[00:00:05] Ms. Kaminski: Mock case: a student took a skateboard from the rack to ride at lunch and brought it back. What's the issue?
[00:00:15] Bryce: [[S2111:DM:E|It's not a big deal, he gave it back. I'd just say not guilty and move on, honestly it's kind of funny.]]
[00:00:26] Cami: [[S2110:SO:P|But think about the owner. If it was my board and I came out and it was gone, I'd panic. Even if it came back, he didn't know that for twenty minutes.]]
[00:00:41] Tariq: [[S2109:CT:D|I think we need more facts, like did he ask? But I don't know what else to ask. Ms. K, what else should we find out?]]
[00:00:52] Bryce: [[S2111:IC:E|can I be the judge? I want the gavel. Give me the gavel.]]
[00:00:58] Ms. Kaminski: Bryce, we'll rotate roles. Cami, keep going.
[00:01:03] Cami: [[S2110:CO:P|So my question for the defendant would be: did you ask anyone, and did you think about how the owner would feel? I'd ask it calmly so he doesn't get defensive.]]
""")

D("Noor - unit 1 obs.docx", "T2103", "docx", "S2112 to 2025-09-25", """
# Observation - Noor Saleh
Thursday 9/25/2025, Social Studies 8, "Trade routes" stations
Noor moved through all five stations but I had to re-explain the station-4 directions twice. [[S2112:WM:D|She completed the map and the timeline, but at station 4 she forgot the second part (compare two routes) until I pointed to the card.]]
[[S2112:GA:P|At the Silk Road station she connected it on her own to her family's trips to Jordan, explaining how goods still move along some of the same routes and how a war in one place raises prices far away.]]
[[S2112:TI:D|Slow to begin each station - she waited to see what others did first, then started.]]
""", title="Noor obs unit 1")

D("Bryce - behavior notes.txt", "T2103", "txt", "S2111 to 2025-10-08", """
Bryce L. - 10/8/25 - 2nd period

[[S2111:IC:E|Shouted out answers four times during the lecture, left his seat to look out the window when the PE class went by, and tapped the desk until his neighbor moved.]]
[[S2111:SM:E|When I asked him to move seats he said "this is so unfair" and refused to do the worksheet for the rest of the period.]]
[[S2111:RS:E|When his neighbor asked him to stop tapping, he told her to "mind your own business" and turned his back on her.]]
Spoke with him after class; he was calmer and apologized. Plan: check-in card with Mr. Pike (counselor).
""")

D("Tariq research journal.md", "T2103", "md", "S2109 rj 2025-10-22", """
**Name:** Tariq Haddad
**Date:** 10/22/25
**Unit:** Water in the West - research journal #2

*Ms. K: Which sources did you use and how do you know they're reliable?*

[[S2109:CT:P|I used the state water department report and a newspaper article. The article said the lake is at "record low" but the report shows it was lower in 2022, so the article was wrong or meant something else. I went with the report because it has the actual numbers.]]

[[S2109:DL:P|I used the library database instead of just Googling, and I saved the citations in a doc with the date I looked at each one.]]

[[S2109:PP:D|I am behind on my outline. I had it planned for Tuesday but I didn't think about the quiz Monday. Ms. K helped me move the dates.]]
""")

D("court case 2 transcript.txt", "T2103", "txt", "S2110 gd 2025-11-14; S2112 gd 2025-11-14; S2111 gd 2025-11-14", """
Student Court - real case (names of parties removed) - 11/14/25
Bench: Cami (judge), Noor (clerk), Bryce (juror)

[00:00:10] Cami: [[S2110:RS:P|Before we start, both of you will get to talk and nobody interrupts. If you disagree, write it down and you'll get a turn.]]
[00:00:24] Noor: [[S2112:OR:P|I have the complaint form, the witness list and the timeline in this folder, in the order we need them. Case starts with the timeline.]]
[00:00:38] Bryce: [[S2111:IC:D|Can I ask a question? Sorry. I'll wait until the judge says jurors can ask.]]
[00:00:50] Cami: Thank you, Bryce. Noor, read the timeline.
[00:01:40] Cami: [[S2110:DM:A|I want us to think about what happens next month, not just today. If we only give detention, the two of them still have to sit together in science. So I think the consequence should include a plan for how they work together, and we check back in December.]]
[00:02:05] Bryce: [[S2111:SO:D|Oh. I didn't think about science class. Yeah that makes sense, they'd just fight again.]]

RK: Cami - exceptional. Bryce waited his turn twice with my prompt card on the table.
""")

D("Cami - peer fb on Tariq.txt", "T2103", "txt", "S2110 pf 2025-12-04", """
Peer feedback - History Day project proposal
Reviewer: Camila Ruiz    Project: Tariq Haddad, "Who gets the Colorado River?"
12/4/25

[[S2110:CT:A|Your proposal assumes farmers are the bad guys because they use most of the water. But the tribes along the river have the oldest water rights, and some farms feed the whole country. I'd look for a source from a tribal nation and one from a farmer, and let them disagree in your paper.]]
[[S2110:CO:P|Your title is strong. Maybe make your first slide a map so people see the river before you explain it.]]
""")

D("History day presentations.pdf", "T2103", "pdf", "S2109 pp 2026-01-15; S2112 pp 2026-01-15", """
History Day practice round - transcripts - January 15, 2026

TARIQ: Who gets the Colorado River? Forty million people depend on it. [[S2109:GA:A|After Cami's feedback I interviewed a water officer from a tribal nation over video and a farmer from Yuma. They disagree, but both told me the same thing: the river is shared by seven states and Mexico, and no one can fix it alone. My proposal at the end is a shared conservation fund, and I sent it to our city council member.]]
TARIQ: [[S2109:PP:P|I built my timeline backwards from the due date and put the interviews first because they depended on other people's schedules. I finished the draft four days early.]]
TARIQ: [[S2109:IC:A|I left my phone in my locker during every work session and blocked the video sites on my laptop before I started, because I knew I would get pulled in.]]
NOOR: [[S2112:CO:D|My project is about the Silk Road. Um. It was a trade road. I forgot my next slide. Can I look at my notes? Okay: it connected China to, um, to Europe, and ideas moved along with things.]]
NOOR: [[S2112:CR:P|For my display I made a scented map - each city has a spice you can smell, so people remember what was traded where. Nobody in the examples did that, I thought of it at home.]]
""")

D("Bryce check-in jan.txt", "T2103", "txt", "S2111 rj 2026-01-28", """
Bryce Lindqvist - counselor check-in reflection (copy for Ms. K) - 1/28/26

Question: What's different this month?
[[S2111:SM:D|I get less write-ups. When I start getting mad I ask for the hall pass to the water fountain, Mr. Pike said I can. Sometimes I forget and then I blow up.]]
[[S2111:SA:D|I think I get mad when I feel stupid, like when everyone knows the answer. Mr. Pike said that first and I think he's right.]]
Question: Goal for February?
Only 2 check-ins, not 5.
""")

D("Noor and Cami tutoring.vtt", "T2103", "vtt", "S2110 pt 2026-02-12; S2112 pt 2026-02-12", """
WEBVTT

00:00:01.000 --> 00:00:10.000
<v Cami>Noor, you said you keep forgetting the order of the three branches. Want to try a trick?

00:00:10.500 --> 00:00:15.000
<v Noor>yes please. I mixed them up on the quiz again.

00:00:15.500 --> 00:00:36.000
<v Cami>[[S2110:RS:A|Okay, but first, you're the one who taught me the trade routes with the spice map, so you're good at this. Make your own picture for the branches. I'll help if you get stuck, but you'll remember it better if it's yours.]]

00:00:36.500 --> 00:00:52.000
<v Noor>[[S2112:WM:P|Legislative makes, executive does, judicial judges. Making, doing, judging. And I can hook that to the student court because we're judicial.]]

00:00:52.500 --> 00:01:05.000
<v Noor>[[S2112:SA:P|I think I forget things when I'm nervous, not because I don't know them. On the quiz I rushed.]]

00:01:05.500 --> 00:01:12.000
<v Cami>That's true for me too, honestly.
""")

D("student court spring.docx", "T2103", "docx", "S2109 gd 2026-03-06; S2111 gd 2026-03-06; S2110 gd 2026-03-06", """
# Student Court - policy session: phone rule proposal
March 6, 2026
[00:00:04] Ms. Kaminski: The principal asked us to propose a phone policy. Where do we start?
[00:00:12] Tariq: [[S2109:CF:A|What if the question isn't "how do we ban phones" but "what are phones stopping us from doing"? If it's talking at lunch, maybe the fix is a phone-free table people can choose, not a ban.]]
[00:00:31] Bryce: [[S2111:CL:P|I like Tariq's idea. Can I add something to it? The 6th graders could vote on which tables. Then it's not just us deciding for them.]]
[00:00:45] Cami: [[S2110:SO:A|We should ask the kids who ride the bus an hour each way. They use phones to call home and do homework on the bus. If we don't ask them, the rule hurts them the most and they're not in this room.]]
[00:01:02] Tariq: [[S2109:DL:A|And we should be careful with that survey the PTA posted. It only asks "are phones distracting?" - that's a leading question. We should write our own with neutral wording and test it on a few people first.]]
[00:01:20] Bryce: [[S2111:IC:P|I have another idea but I'll write it down so I don't lose it, and say it after Cami.]]
""", title="Student court phone policy")


D("Bryce obs april.md", "T2103", "md", "S2111 to 2026-04-15", """
**Student:** Bryce Lindqvist
**Date:** 4/15/26
**Setting:** Student court, new-member orientation (Bryce leading one table)

[[S2111:RS:P|Bryce listened to a new member's question all the way through, repeated it back ("So you're asking what happens if you're friends with the defendant?") and answered it patiently.]]
[[S2111:DM:P|He explained the conflict-of-interest rule and why it matters for fairness without my help, using the skateboard case from September as his example.]]
[[S2111:TI:P|Not once did I have to tell him to get his table started; he had the orientation packets handed out before the bell.]]
Not perfect - he still grabbed the gavel when he was bored during the second half.
""")

# ---------------- T2104 Herrera: dual-language strand ----------------
D("Santi obs sept.txt", "T2104", "txt", "S2113 to 2025-09-09", """
9/9/25 - observación / observation - Santiago O.

[[S2113:TI:D|Started the bilingual vocabulary warm-up only after I gave him the first word; then he finished the list.]]
[[S2113:CO:E|During partner talk he answered with one word ("sí", "no") in both languages and looked at the floor.]]
[[S2113:SO:E|He did not notice that his partner was waiting for his answer and kept drawing on his hand until I tapped the desk.]]
[[S2113:OR:D|Notebook has the right sections because I labelled them with him on Friday, but today's notes went in the wrong one.]]
""")

D("grupo de discusion 9-30.txt", "T2104", "txt", "S2114 gd 2025-09-30; S2115 gd 2025-09-30; S2116 gd 2025-09-30", """
Group discussion - Dual-language social studies - 9/30/25
Topic / Tema: ¿Por qué emigran las mariposas monarca? Why do monarchs migrate?
Group: Ximena, Wyatt, Sofi

[00:00:03] Ximena: [[S2114:GA:P|Vienen desde Canadá hasta Michoacán. If the forests in Mexico get cut down, then the monarchs in Canada and here in Arizona disappear too. Everything is connected.]]
[00:00:22] Wyatt: [[S2115:GA:E|I don't really care about butterflies. That's in Mexico, it doesn't matter to us here.]]
[00:00:29] Sofi: [[S2116:SO:P|Wyatt, I think you're bored because you don't get the Spanish reading. ¿Quieres que te lo explique? I can tell you the part about the milkweed in English.]]
[00:00:44] Wyatt: yeah ok.
[00:00:47] Sofi: [[S2116:CL:P|So Ximena has the map part, I'll do the milkweed part, and Wyatt, you were good at the graphs last week, can you do the numbers?]]
[00:01:02] Wyatt: [[S2115:CL:D|Fine, I'll do the graph if someone tells me which numbers.]]
""")

D("Wyatt reflexion.txt", "T2104", "txt", "S2115 rj 2025-10-20", """
Reflexión / Reflection - Wyatt Doyle - 10/20/25
Sr. Herrera: ¿Qué fue difícil esta semana? What was hard this week?

[[S2115:SM:E|The Spanish test. I just put my head down and didn't do it. It's pointless I'm never going to be good at it.]]
[[S2115:SA:E|It was Santi's fault too he kept talking in Spanish to me.]]
[[S2115:TI:E|I didn't even start the practice sheet. I was going to do it later but later never came.]]
Sr. Herrera: Santi was being your partner - how could he have helped you more?
idk
""")

D("Sofi tutoring Wyatt.srt", "T2104", "srt", "S2116 pt 2025-11-18; S2115 pt 2025-11-18", """
1
00:00:01,000 --> 00:00:09,000
SOFI: Okay Wyatt, today it's the preterite. You said you hate it. Why?

2
00:00:09,500 --> 00:00:17,000
WYATT: [[S2115:SA:D|I don't hate it. I think I just get embarrassed when I say it wrong in front of people, so I say I hate it.]]

3
00:00:17,500 --> 00:00:38,000
SOFI: [[S2116:RS:A|That's really normal. My first year in English I didn't talk for like two months. So here's the deal: just us, no one's listening, and if you get it wrong I'll get one wrong on purpose too so we're even.]]

4
00:00:38,500 --> 00:00:47,000
WYATT: [[S2115:TI:D|ok. you say the first one and then I'll try the next one myself.]]

5
00:00:47,500 --> 00:01:02,000
SOFI: [[S2116:CR:A|Let's make it a game. Each verb is a move in a soccer play. "Pasé" - I passed. "Corrí" - I ran. "Metí un gol." You narrate the game in preterite.]]

6
00:01:02,500 --> 00:01:12,000
WYATT: [[S2115:CO:D|Yo... pasé el balón. Y... corrí? Corrí. Ok that's kind of fun.]]
""")

D("Ximena proyecto.docx", "T2104", "docx", "S2114 pp 2025-12-09", """
# Proyecto final: El agua en Juniper Flats / Water in Juniper Flats
Presentación, 9 de diciembre / December 9, 2025 - Ximena Flores
## Transcripción
[[S2114:CO:P|Buenas tardes. Good afternoon. I'll present first in Spanish for my grandparents and then in English for everyone. Our town uses groundwater, agua subterránea, and it is going down about one foot every year.]]
[[S2114:CT:P|I checked two sources: the county well report and a post a neighbor shared on Facebook. The post said we'll run out in five years, but the county data says more like forty at this rate. I used the county data because it shows how they measured.]]
[[S2114:DL:D|Sr. Herrera showed me how to find the county report; I did not know where to look at first, and he showed me how to make the chart in the spreadsheet.]]
[[S2114:CR:P|My idea is a "gray water" garden for the school using water from the sinks. I changed my first design after my group said it would smell, so now it filters through gravel first.]]
""", title="Proyecto final Ximena")

D("Herrera - Ortega family.eml", "T2104", "eml", "S2113 pn 2026-01-14", """
Estimado Sr. Herrera,

Le escribo para contarle que Santiago está más contento en la escuela. Dear Mr. Herrera, I'm writing to tell you Santiago is happier at school.

[[S2113:CO:D|At dinner he now explains what he learned in science, first in Spanish to his abuela and then in English to his sister, but he still asks his sister to help him with the English words.]] He says the girl in the solar car club, Mari, helped him a lot.

[[S2113:SM:P|Before, when homework was hard he would cry and stop. Now he takes a break, eats something, and goes back to it without me telling him.]]

Gracias,
Lucía Ortega
""", subject="Santiago", headers={"From": "Lucia Ortega <lortega.casa@example.net>", "To": "Tomas Herrera <therrera@jfms.example.org>", "Date": "Wed, 14 Jan 2026 18:05:27 -0700"})

D("reflexiones enero.pdf", "T2104", "pdf", "S2116 rj 2026-01-22; S2114 rj 2026-01-22", """
Reflexiones de enero - Sofi y Ximena (journal pages, scanned) - 1/22/2026

SOFI: Sr. Herrera preguntó: what's a goal for second semester?
[[S2116:SA:A|I noticed that I help everyone else but I never ask for help in math, because I want to look like I know everything. So my goal is to go to math tutoring on Tuesdays, and I told my mom so she will ask me about it. Ya fui una vez.]]
[[S2116:PP:P|I made a calendar for the semester with the big projects and I put the math tutoring and soccer on it so I can see when things crash.]]

XIMENA: My goal: finish the gray water garden proposal.
[[S2114:PP:D|I have the steps but I keep doing the fun parts first, like the drawings. Sr. Herrera had to help me put the budget step before the drawings because the principal needs it first.]]
[[S2114:SM:D|When the group changed my design I was upset, but I went for a walk to the library like Sr. H suggested and came back and said ok.]]
""")

D("wyatt - obs feb.txt", "T2104", "txt", "S2115 to 2026-02-19", """
Wyatt D. - observation - 2/19/26 - partner debate in Spanish

[[S2115:SM:D|He got stuck on a word, started to put his head down, then picked up the word bank card I'd left on the desk and kept going.]]
[[S2115:GA:D|He said in the debate that tariffs on avocados "would make tacos more expensive here," which I think came from Ximena's argument in their prep; he could not explain the reason when I asked.]]
[[S2115:RS:P|He thanked his partner (Santi) at the end and told him his Spanish was better than his - without any prompt.]]
""")

D("Santi and Wyatt - grupo solar.md", "T2104", "md", "S2113 gd 2026-03-10; S2115 gd 2026-03-10", """
**Actividad:** Bilingual engineering challenge - solar oven
**Fecha:** 3/10/2026
**Grupo:** Santi, Wyatt (with Priya from Ms. Villasenor's club as a visiting mentor)
**Transcribed by:** T. Herrera

Priya: What happens if it's cloudy on test day?

Santi: [[S2113:PP:A|Ya lo pensé. I already thought about it: we test on two days, Tuesday and Thursday, and if both are cloudy we use the heat lamp test the rubric allows. I wrote it in our plan as "plan B" and "plan C".]]

Wyatt: [[S2115:CF:D|I wanted black paper only, but Santi says foil too. I guess we could try both if Sr. Herrera says there's time.]]

Santi: [[S2113:CL:A|Wyatt, you build the black-paper one and I'll build the foil one, and we compare. Whoever's is hotter, we both use that for the final. That way nobody loses.]]

Santi: [[S2113:CR:A|And the foil idea came from my abuela's comal. She keeps the tortillas warm under foil, so I thought foil could bounce the heat back into the box.]]

Priya: That's how we settled it in solar car club too.
""")

D("Sofi - obs leadership.docx", "T2104", "docx", "S2116 to 2026-04-21", """
# Observation note - Ana Sofia Trevino
4/21/2026 - dual-language 7, Earth Day project planning
[[S2116:GA:A|Sofi proposed that the class send a bilingual letter to our sister school in Hermosillo to compare how both towns handle water in a drought, and she drafted the letter herself in both languages over the weekend.]]
[[S2116:TI:A|She started the project before it was assigned and recruited three classmates at lunch, dividing the work so each one had a job.]]
[[S2116:SM:A|When the sister school did not reply for a week and the deadline got close, Sofi stayed calm, emailed a second teacher there on her own, and told her group to keep working on the English version in the meantime.]]
[[S2116:DL:P|She set up a shared document with comment permissions for the sister school and reminded the group not to post students' last names.]]
""", title="Sofi leadership observation")

D("Ximena self-assessment may.txt", "T2104", "txt", "S2114 rj 2026-05-12", """
Autoevaluación / Self-assessment - Ximena F. - 5/12/26

1. Organization: [[S2114:OR:A|I made a color system for our gray water project folder - green for research, blue for budget, red for things waiting on the principal - and I taught Wyatt and Santi to use it for their solar oven folder too.]]
2. Something I'm proud of: [[S2114:DM:P|When the principal said no to sink water because of the soap, I looked up which soaps are safe for plants instead of just giving up, and we changed the plan so it's safe for the kids who work in the garden.]]
3. Something I'm working on: [[S2114:IC:D|I still talk to my neighbor when I finish early. Sr. H gives me the "finished early" card and then I do the extension.]]
""")
