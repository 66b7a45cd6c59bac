# St. Brendan's Lakeside School - blind evaluation set tuning21 (all fictional)
TEACHERS = [
    ("T2201", "Aurélie Fontaine", "a.fontaine@stbrendans-lakeside.example", "U22FONT01"),
    ("T2202", "Declan Oduya", "d.oduya@stbrendans-lakeside.example", "U22ODUY02"),
    ("T2203", "Priya Halvorsen", "p.halvorsen@stbrendans-lakeside.example", "U22HALV03"),
    ("T2204", "Tomasz Reid", "t.reid@stbrendans-lakeside.example", "U22REID04"),
]
STUDENTS = [
    ("S2201", "Noor Haddad", 7, "T2201", ""),
    ("S2202", "Liam Chartrand", 7, "T2201", "Chip"),
    ("S2203", "Maëlle Brisebois", 7, "T2201", ""),
    ("S2204", "Owen Petrakis", 7, "T2201", ""),
    ("S2205", "Liam Okafor", 7, "T2202", ""),
    ("S2206", "Isabeau Tremblay", 7, "T2202", "Izzy"),
    ("S2207", "Ravi Sandhu", 7, "T2202", ""),
    ("S2208", "Tessa Kowalczyk", 7, "T2202", ""),
    ("S2209", "Jonah Whitecloud", 8, "T2203", ""),
    ("S2210", "Amara Osei", 8, "T2203", ""),
    ("S2211", "Felix Marchetti", 8, "T2203", ""),
    ("S2212", "Hana Yoshida", 8, "T2203", ""),
    ("S2213", "Camille Ducharme", 8, "T2204", ""),
    ("S2214", "Eli Brandt", 8, "T2204", "Bear"),
    ("S2215", "Zara Qureshi", 8, "T2204", ""),
    ("S2216", "Mateo Alvarez", 8, "T2204", "Teo"),
]

# Each doc: name, fmt, teacher, date (ISO, used for file metadata), body, truth, labels
# truth: list of (student_id, entry_type, entry_date, notes)
# labels: list of (student_id, skill, level, quote)
DOCS = []


def doc(name, fmt, teacher, date, body, truth, labels, **kw):
    d = dict(name=name, fmt=fmt, teacher=teacher, date=date, body=body,
             truth=truth, labels=labels)
    d.update(kw)
    DOCS.append(d)


# ---------------------------------------------------------------- T2201 Fontaine
doc("Journal de bord - Noor.docx", "docx", "T2201", "2025-10-14", """# Journal de bord
**Élève:** Noor H.
**Date:** 14 oct. 2025
**Classe:** 7F immersion
## Question de Mme F.: Comment t'es-tu sentie pendant l'oral de lundi?
Honestly I was nervous and a bit embarrassed. I knew the words in my head but when I stood up they disappeared. I think I get embarrassed when I feel like everyone is waiting on me, and then I talk faster so it will be over.
## Question de Mme F.: Qu'est-ce que tu vas essayer la prochaine fois?
Je vais pratiquer avec ma soeur deux fois. I wrote my three main points on a cue card and I am going to keep it in my agenda so I don't lose it.
## Commentaire de l'enseignante
Belle réflexion, Noor. Self-Awareness: Proficient (à confirmer).
""", [("S2201", "reflection_journal", "2025-10-14", "French immersion journal with teacher prompts")],
    [("S2201", "Self-Awareness", "Proficient", "I think I get embarrassed when I feel like everyone is waiting on me, and then I talk faster so it will be over."),
     ("S2201", "Communication", "Developing", "I knew the words in my head but when I stood up they disappeared."),
     ("S2201", "Organization", "Developing", "I wrote my three main points on a cue card and I am going to keep it in my agenda so I don't lose it.")],
    title="Journal de bord", author="A. Fontaine")

doc("exit ticket 3 oct.txt", "txt", "T2201", "2025-10-03", """Billet de sortie - 3 oct (Google Form responses, pasted)
Timestamp,Nom,Ce que j'ai appris aujourd'hui,Ce qui était difficile,Ce que je ferai demain
"2025-10-03 14:51:02","Noor","les verbes au passé composé","remembering which ones use être","make a list of the être verbs on a sticky note"
"2025-10-03 14:51:40","Chip","idk","everything","not sure"
"2025-10-03 14:52:15","Maëlle B.","passé composé avec avoir et être","nothing really, I finished early so I helped Owen with his chart","maybe make a rhyme so the table remembers DR MRS VANDERTRAMP"
"2025-10-03 14:53:09","Owen","avoir","I lost my sheet from yesterday so I didn't have the list","find my sheet"
""", [("S2201", "reflection_journal", "2025-10-03", "exit ticket row"),
      ("S2202", "reflection_journal", "2025-10-03", "exit ticket row, nickname Chip"),
      ("S2203", "reflection_journal", "2025-10-03", "exit ticket row"),
      ("S2204", "reflection_journal", "2025-10-03", "exit ticket row")],
    [("S2202", "Self-Awareness", "Emerging", "idk\",\"everything\",\"not sure"),
     ("S2203", "Relationship Skills", "Proficient", "I finished early so I helped Owen with his chart"),
     ("S2204", "Organization", "Emerging", "I lost my sheet from yesterday so I didn't have the list"),
     ("S2201", "Planning & Prioritization", "Developing", "make a list of the être verbs on a sticky note")])

doc("Teams chat - cercle de discussion.txt", "txt", "T2201", "2025-11-18", """Microsoft Teams - Chat export
Conversation: 7F Cercle de discussion - le recyclage
Exported: 2025-11-18

[2025-11-18 10:02] Maëlle Brisebois: ok so the question is should the school ban plastic water bottles
[2025-11-18 10:02] Liam Chartrand: ya ban them obviously
[2025-11-18 10:03] Liam Chartrand: BAN BAN BAN lol
[2025-11-18 10:03] Noor Haddad: wait but some kids don't have a reusable bottle at home. If we ban them those kids just won't drink water at lunch
[2025-11-18 10:04] Ravi Sandhu: my class did this in science, Mr O said the fountains on the 2nd floor are broken
[2025-11-18 10:05] Maëlle Brisebois: good point Noor. so maybe the ban only works if the school gives bottles first? Liam what do you think, like for real
[2025-11-18 10:06] Liam Chartrand: idk fine. give bottles first then ban
[2025-11-18 10:07] Noor Haddad: I can check the city website for how many bottles a school uses, I don't want to just guess a number
[2025-11-18 10:09] Noor Haddad: the city page says 2019 numbers tho so it might be old
[2025-11-18 10:10] Maëlle Brisebois: let's write both ideas down and vote, I'll type the summary so everyone is in it

--- Note de Mme Fontaine (ajoutée après): Ravi est dans la classe de M. Oduya, il s'est joint au canal par erreur. Skills observed: Collaboration (Maëlle): Proficient; Critical Thinking (Noor): Proficient.
""", [("S2201", "group_discussion_transcript", "2025-11-18", "Teams chat"),
      ("S2202", "group_discussion_transcript", "2025-11-18", "Teams chat; appears as Liam Chartrand"),
      ("S2203", "group_discussion_transcript", "2025-11-18", "Teams chat")],
    [("S2201", "Critical Thinking", "Proficient", "the city page says 2019 numbers tho so it might be old"),
     ("S2201", "Social Awareness", "Proficient", "some kids don't have a reusable bottle at home. If we ban them those kids just won't drink water at lunch"),
     ("S2203", "Collaboration", "Proficient", "let's write both ideas down and vote, I'll type the summary so everyone is in it"),
     ("S2202", "Inhibitory Control", "Emerging", "BAN BAN BAN lol"),
     ("S2202", "Critical Thinking", "Emerging", "ya ban them obviously"),
     ("S2203", "Relationship Skills", "Proficient", "Liam what do you think, like for real")])

doc("obs Owen nov.md", "md", "T2201", "2025-11-07", """**Élève:** Owen Petrakis
**Observateur:** Mme Fontaine
**Date:** 7 nov. 2025
**Contexte:** travail en ateliers, mathématiques en français

Owen arrived without his duotang again and needed three reminders to start the warm-up. Once I sat beside him and broke the task into two steps he finished the first step, but he lost the second step as soon as I left the table and asked me "what was the other thing?".

He did not give up though, which is new. When the fraction cards fell on the floor he picked them up and tried again instead of putting his head down.

**Suivi:** check-in card taped inside the desk, one step at a time.
""", [("S2204", "teacher_observation_note", "2025-11-07", "")],
    [("S2204", "Task Initiation", "Emerging", "Owen arrived without his duotang again and needed three reminders to start the warm-up."),
     ("S2204", "Working Memory", "Emerging", "he lost the second step as soon as I left the table and asked me \"what was the other thing?\"."),
     ("S2204", "Self-Management", "Developing", "When the fraction cards fell on the floor he picked them up and tried again instead of putting his head down.")])

doc("Re_ Owen and homework.eml", "eml", "T2201", "2025-11-20", dict(
    frm="Helen Petrakis <hpetrakis.home@example.net>", to="a.fontaine@stbrendans-lakeside.example",
    subject="Re: Owen and homework", dt="2025-11-20 19:42",
    text="""Bonjour Mme Fontaine,

Thanks for the check-in card idea. We tried something similar at home. Owen said to me last night, "Mom, I don't need you to read me the steps anymore, I just look at the card." He still forgets to pack the card back in his bag about half the time, so we're not there yet.

He also told me he likes the winter program because "outside nobody is waiting for me to finish first." I thought you'd want to know.

Merci,
Helen Petrakis

> On Nov 19, 2025, Aurélie Fontaine wrote:
> Owen is trying a check-in card for multi-step tasks. Let me know how homework is going.
"""), [("S2204", "parent_note", "2025-11-20", "parent quotes child")],
    [("S2204", "Working Memory", "Developing", "Mom, I don't need you to read me the steps anymore, I just look at the card."),
     ("S2204", "Organization", "Developing", "He still forgets to pack the card back in his bag about half the time, so we're not there yet.")])

doc("presentation carnaval.vtt", "vtt", "T2201", "2026-02-12", """WEBVTT

NOTE Enregistrement 7F - projet Carnaval d'hiver - 12 fév 2026

00:00:01.000 --> 00:00:09.000
<v Maëlle>Bonjour tout le monde. Our project is about how winter festivals are different in Québec City and in Harbin, China.

00:00:09.500 --> 00:00:21.000
<v Maëlle>We found that both festivals bring in tourists, but Harbin uses ice from the river and climate change is making the ice season shorter in both places.

00:00:21.500 --> 00:00:33.000
<v Noor>I'm going to do the part about the ice. Before, I would read my cards the whole time, but today I'm going to look at you guys. Some of you are younger so I'll explain what a carbon footprint is first.

00:00:33.500 --> 00:00:44.000
<v Noor>If the ice season keeps getting shorter, the festival could lose money, and we think towns should share ideas, like Québec could learn from Harbin's ice-recycling.

00:00:44.500 --> 00:00:52.000
<v Mme Fontaine>Merci! Questions? Oui, Owen.

00:00:52.500 --> 00:00:58.000
<v Owen>How did you know the ice thing was true?

00:00:58.500 --> 00:01:10.000
<v Noor>We checked two sites and one was a travel ad, so we didn't use the ad. We used the news article and the festival's own report.

NOTE Mme F: Communication (Noor): Proficient. Global Awareness (Maëlle): Proficient.
""", [("S2203", "project_presentation_transcript", "2026-02-12", "co-presenter"),
      ("S2201", "project_presentation_transcript", "2026-02-12", "co-presenter"),
      ("S2204", "project_presentation_transcript", "2026-02-12", "asks a question")],
    [("S2203", "Global Awareness", "Proficient", "Harbin uses ice from the river and climate change is making the ice season shorter in both places."),
     ("S2201", "Communication", "Advanced", "Some of you are younger so I'll explain what a carbon footprint is first."),
     ("S2201", "Critical Thinking", "Proficient", "We checked two sites and one was a travel ad, so we didn't use the ad."),
     ("S2201", "Global Awareness", "Proficient", "we think towns should share ideas, like Québec could learn from Harbin's ice-recycling."),
     ("S2204", "Critical Thinking", "Developing", "How did you know the ice thing was true?")])

doc("conf notes Chip.pdf", "pdf", "T2201", "2026-03-05", """Student-led conference - notes
Student: Chip (7F)    Date: 5 March 2026    Present: Chip, his dad, Mme Fontaine

Chip led the first part using his portfolio. He started by saying "I used to say idk for everything on exit tickets because I didn't want to be wrong." He showed his dad his October ticket and then his February one.

He explained that when he gets frustrated he now goes to the reading corner for two minutes and then comes back, and that he does this without me telling him. I have seen this at least four times this term.

He was not able to say what his goal for term 3 is; his dad suggested "being on time with homework" and Chip agreed but could not say how he would do it. We will write the steps together next week.

Teacher rating line: Self-Management - Proficient
""", [("S2202", "teacher_observation_note", "2026-03-05", "student-led conference, nickname only")],
    [("S2202", "Self-Awareness", "Developing", "I used to say idk for everything on exit tickets because I didn't want to be wrong."),
     ("S2202", "Self-Management", "Proficient", "when he gets frustrated he now goes to the reading corner for two minutes and then comes back, and that he does this without me telling him."),
     ("S2202", "Planning & Prioritization", "Emerging", "Chip agreed but could not say how he would do it.")],
    title="Conference notes", author="A. Fontaine")

doc("peer feedback gallery walk.docx", "docx", "T2201", "2026-04-22", """# Gallery walk - rétroaction par les pairs
**Date:** 22/04/2026
**Projet:** affiches - les communautés francophones du monde
|Écrit par|Pour|Un étoile|Un souhait|
|Owen|Noor|I like that your poster has the map of Sénégal and you said why French is spoken there|maybe bigger letters|
|Noor|Owen|Your title is funny and it makes people stop. The photos are clear.|I wish you added where your facts came from, because I can't tell if the number of speakers is true. You could try the OIF site, I can show you how to find it.|
|Maëlle|Owen|Nice colours|More text please|
|Chip|Maëlle|good|idk its good|
""", [("S2204", "peer_feedback", "2026-04-22", "writer and recipient"),
      ("S2201", "peer_feedback", "2026-04-22", "writer and recipient"),
      ("S2203", "peer_feedback", "2026-04-22", "writer and recipient"),
      ("S2202", "peer_feedback", "2026-04-22", "writer")],
    [("S2201", "Relationship Skills", "Advanced", "You could try the OIF site, I can show you how to find it."),
     ("S2201", "Digital Literacy", "Proficient", "I wish you added where your facts came from, because I can't tell if the number of speakers is true."),
     ("S2204", "Global Awareness", "Developing", "I like that your poster has the map of Sénégal and you said why French is spoken there"),
     ("S2202", "Communication", "Emerging", "idk its good"),
     ("S2203", "Communication", "Developing", "More text please")],
    title="Gallery walk peer feedback", author="A. Fontaine")

doc("Noor journal juin.md", "md", "T2201", "2026-06-10", """**Nom:** Noor Haddad
**Date:** 10 juin 2026
**Prompt:** Relis ton journal d'octobre. Qu'est-ce qui a changé?

In October I wrote that the words disappear when I stand up. That does not happen as much now. I figured out that I panic when I don't have a plan, so now I make a plan for everything, even for the winter camp packing list.

When Owen was stuck on his poster I didn't just fix it, I asked him questions until he found the site himself. Mme F said that is what a teacher does.

My goal for grade 8 is to join the debate club, because it's the scariest thing I can think of and I know I'm ready to be a bit scared. I'm going to practise one speech a month with my cousin so I don't show up cold.
""", [("S2201", "reflection_journal", "2026-06-10", "year-end growth")],
    [("S2201", "Self-Awareness", "Advanced", "My goal for grade 8 is to join the debate club, because it's the scariest thing I can think of and I know I'm ready to be a bit scared."),
     ("S2201", "Planning & Prioritization", "Advanced", "I figured out that I panic when I don't have a plan, so now I make a plan for everything, even for the winter camp packing list."),
     ("S2201", "Relationship Skills", "Advanced", "When Owen was stuck on his poster I didn't just fix it, I asked him questions until he found the site himself."),
     ("S2201", "Self-Management", "Advanced", "I'm going to practise one speech a month with my cousin so I don't show up cold.")])

doc("tutoring Maelle Owen.srt", "srt", "T2201", "2026-01-21", """1
00:00:02,000 --> 00:00:08,000
MME FONTAINE: Maëlle, tu peux aider Owen avec les verbes irréguliers?

2
00:00:08,500 --> 00:00:17,000
MAËLLE: Sure. Okay Owen, first, which ones do you already know? Don't worry if it's none, we'll start from there.

3
00:00:17,500 --> 00:00:22,000
OWEN: um, être and avoir. and aller I think

4
00:00:22,500 --> 00:00:34,000
MAËLLE: That's already three! Let's make flash cards for faire and prendre. I'll do one and you do one, then we switch.

5
00:00:34,500 --> 00:00:41,000
OWEN: can I do the drawing on the cards instead

6
00:00:41,500 --> 00:00:52,000
MAËLLE: Yeah, drawing helps you remember. You draw, but you say the verb out loud while you draw it, deal?

7
00:00:52,500 --> 00:01:01,000
OWEN: deal. je fais... tu fais... il fait. I remembered it without looking!

8
00:01:01,500 --> 00:01:09,000
ZARA: (from the hallway) Mme F, is Mr Reid's class supposed to be in here?
""", [("S2203", "peer_tutoring_transcript", "2026-01-21", "tutor"),
      ("S2204", "peer_tutoring_transcript", "2026-01-21", "tutee")],
    [("S2203", "Relationship Skills", "Advanced", "Okay Owen, first, which ones do you already know? Don't worry if it's none, we'll start from there."),
     ("S2203", "Cognitive Flexibility", "Proficient", "Yeah, drawing helps you remember. You draw, but you say the verb out loud while you draw it, deal?"),
     ("S2204", "Working Memory", "Developing", "je fais... tu fais... il fait. I remembered it without looking!"),
     ("S2204", "Creativity & Innovation", "Developing", "can I do the drawing on the cards instead")])

doc("notes tues.txt", "txt", "T2201", "2026-01-27", """notes tues 27 jan (dictated on phone walking back from the rink, excuse typos)

winter outdoor block. chip forgot his mitts AGAIN but this time he had a plan b, he borrowed from the lost and found before I even noticed, did not complain once. thats not nothing for him.

owen stayed with the group the whole snowshoe loop, no wandering. he kept telling the others how many more markers till the end which was kind of sweet, he remembered the whole route from last week.

maelle - nothing new, solid as always.

remind me to email Helen P re: boots
""", [("S2202", "teacher_observation_note", "2026-01-27", "dictated note, nickname lower case"),
      ("S2204", "teacher_observation_note", "2026-01-27", "dictated note"),
      ("S2203", "teacher_observation_note", "2026-01-27", "brief mention")],
    [("S2202", "Cognitive Flexibility", "Proficient", "this time he had a plan b, he borrowed from the lost and found before I even noticed, did not complain once."),
     ("S2202", "Organization", "Emerging", "chip forgot his mitts AGAIN"),
     ("S2204", "Working Memory", "Proficient", "he remembered the whole route from last week."),
     ("S2204", "Inhibitory Control", "Proficient", "owen stayed with the group the whole snowshoe loop, no wandering.")])

# ---------------------------------------------------------------- T2202 Oduya
doc("winter outdoor day 1 obs.docx", "docx", "T2202", "2026-01-13", """# Winter Outdoor Program - Day 1 observations
**Group:** 7B, Lakeside trail
**Date:** 2026-01-13
**Observer:** D. Oduya
|Student|What I saw|
|Izzy|Izzy packed her own bag from the checklist and had extra socks. When Tessa's zipper broke she pulled out a safety pin before anyone asked.|
|Ravi|Ravi ran ahead twice after being told to stay between the leaders. Came back when called but was annoyed.|
|Tessa|Tessa got upset when the trail was changed because of thin ice and said "this is ruined" but joined in after about five minutes.|
## Next time
Buddy pairs for the frozen-creek section.
""", [("S2206", "teacher_observation_note", "2026-01-13", ""),
      ("S2207", "teacher_observation_note", "2026-01-13", ""),
      ("S2208", "teacher_observation_note", "2026-01-13", "")],
    [("S2206", "Organization", "Advanced", "Izzy packed her own bag from the checklist and had extra socks. When Tessa's zipper broke she pulled out a safety pin before anyone asked."),
     ("S2207", "Responsible Decision-Making", "Emerging", "Ravi ran ahead twice after being told to stay between the leaders."),
     ("S2208", "Cognitive Flexibility", "Developing", "Tessa got upset when the trail was changed because of thin ice and said \"this is ruined\" but joined in after about five minutes.")],
    title="Winter outdoor day 1", author="D. Oduya")

doc("shelter build group.txt", "txt", "T2202", "2026-01-20", """Quinzhee / shelter build debrief - transcribed from recorder, 20 Jan 2026
[00:00:04] Mr. Oduya: Okay, what went wrong with shelter number two?
[00:00:09] Liam: The roof fell in. We dug it too fast.
[00:00:14] Tessa: It's because we didn't let the snow pile sit. I read that you have to wait like an hour or it doesn't harden.
[00:00:22] Ravi: We could've just used the tarp like the other group, that's faster.
[00:00:27] Izzy: But the point was to build it without the tarp. What if next time we split it - two people pile, two people pack the walls, and we set a timer so nobody digs early?
[00:00:38] Liam: I'll do the timer. I always forget stuff but I won't forget if it's my job.
[00:00:44] Tessa: And if it starts snowing hard we switch to the tarp plan, so we have a backup.
[00:00:50] Ravi: fine but I want to dig
[00:00:53] Izzy: Okay Ravi digs, but after the timer. Everybody good?

Skills observed: Planning & Prioritization (Tessa): Proficient; Collaboration (Izzy): Advanced
""", [("S2205", "group_discussion_transcript", "2026-01-20", "first name Liam only; in Oduya's class = Liam Okafor"),
      ("S2206", "group_discussion_transcript", "2026-01-20", ""),
      ("S2207", "group_discussion_transcript", "2026-01-20", ""),
      ("S2208", "group_discussion_transcript", "2026-01-20", "")],
    [("S2208", "Planning & Prioritization", "Advanced", "And if it starts snowing hard we switch to the tarp plan, so we have a backup."),
     ("S2208", "Critical Thinking", "Proficient", "It's because we didn't let the snow pile sit. I read that you have to wait like an hour or it doesn't harden."),
     ("S2206", "Collaboration", "Advanced", "Okay Ravi digs, but after the timer. Everybody good?"),
     ("S2206", "Creativity & Innovation", "Proficient", "What if next time we split it - two people pile, two people pack the walls, and we set a timer so nobody digs early?"),
     ("S2205", "Self-Awareness", "Proficient", "I always forget stuff but I won't forget if it's my job."),
     ("S2207", "Collaboration", "Developing", "fine but I want to dig")])

doc("scan 3.pdf", "pdf", "T2202", "2026-02-03", """Peer feedback slip - Science fair draft
Name of reviewer: ____________     Reviewing: ____________

Two stars:
1. your hypothesis is clear and you tested it three times
2. the graph is neat

One wish:
you should say why the ice melted faster in the salt one, not just that it did. also maybe check your spelling on the poster before you print it again
""", [("ASK", "", "", "scanned slip, no reviewer or subject name")], [],
    title="scan 3", author="")

doc("Fwd_ Izzy - snowshoe trip.eml", "eml", "T2202", "2026-02-10", dict(
    frm="Marc Tremblay <marc.tremblay@example.org>", to="d.oduya@stbrendans-lakeside.example",
    subject="Fwd: Izzy - snowshoe trip", dt="2026-02-10 07:15",
    text="""Hi Mr. Oduya, forwarding this from my wife since she's away this week. - Marc

---------- Forwarded message ---------
From: Josée Tremblay <josee.t@example.org>
Date: Sun, 8 Feb 2026
Subject: Izzy - snowshoe trip
To: Marc Tremblay

Can you send this to her teacher? Izzy came home Friday and told us that when the younger kids from grade 4 joined the snowshoe walk, one girl was crying because her feet were cold. Izzy said she "just knew she was scared, not cold" and walked with her at the back and made up a counting game. Izzy did not mention it to get credit, her little brother told us. We are very proud.

Also she has been planning the whole weekend ski trip with a spreadsheet, including a rain day plan, which is more than I do.
"""), [("S2206", "parent_note", "2026-02-10", "forwarded parent email; reported speech")],
    [("S2206", "Social Awareness", "Advanced", "Izzy said she \"just knew she was scared, not cold\" and walked with her at the back and made up a counting game."),
     ("S2206", "Planning & Prioritization", "Advanced", "she has been planning the whole weekend ski trip with a spreadsheet, including a rain day plan")])

doc("Ravi reflection.md", "md", "T2202", "2025-10-21", """**Reflection journal - Science 7B**
**Student:** Ravi S.
**Date:** 2025-10-21

**Prompt: What did you do when your experiment did not work?**

I was mad because my volcano did not go off. I kicked the table which I should not have done. Mr O asked what else I could try and I said nothing, it is a dumb experiment.

**Prompt: What could you try next time?**

Maybe more vinegar. I dont know.

**Teacher note:** Talked with Ravi after class - he agreed to try a second batch Thursday. Self-Management: Emerging.
""", [("S2207", "reflection_journal", "2025-10-21", "teacher prompts and rating line")],
    [("S2207", "Self-Management", "Emerging", "I was mad because my volcano did not go off. I kicked the table which I should not have done."),
     ("S2207", "Cognitive Flexibility", "Emerging", "Mr O asked what else I could try and I said nothing, it is a dumb experiment."),
     ("S2207", "Critical Thinking", "Emerging", "Maybe more vinegar. I dont know.")])

doc("Tessa - SLC prep.docx", "docx", "T2202", "2026-03-10", """# Student-Led Conference prep sheet
**Student:** Tessa Kowalczyk
**Date:** 10 March 2026
## My strength
I am good at planning. I use a Google calendar for science fair and hockey and I colour-code them so I can see which week is too full.
## Something I'm working on
When plans change I still get frustrated but I need fewer reminders now to calm down. In January I said the trail was ruined. Now I just ask what the new plan is.
## Evidence I will show my parents
My shelter plan with the backup, my science fair timeline, my lab notebook.
## Question for my parents
What did you do when plans changed at your job?
""", [("S2208", "reflection_journal", "2026-03-10", "student-led conference prep")],
    [("S2208", "Planning & Prioritization", "Proficient", "I use a Google calendar for science fair and hockey and I colour-code them so I can see which week is too full."),
     ("S2208", "Cognitive Flexibility", "Proficient", "When plans change I still get frustrated but I need fewer reminders now to calm down."),
     ("S2208", "Self-Awareness", "Proficient", "In January I said the trail was ruined. Now I just ask what the new plan is."),
     ("S2208", "Digital Literacy", "Developing", "I use a Google calendar for science fair and hockey")],
    title="SLC prep", author="T. Kowalczyk")

doc("tutoring Liam T.txt", "txt", "T2202", "2026-02-24", """Peer tutoring - density - 24 Feb
[00:00:03] Mr. Oduya: Tessa, can you walk Liam through the density lab? I'll check in.
[00:00:08] Tessa: Okay so first you weigh it, then you put it in the water and see how much the water goes up.
[00:00:15] Liam: wait which one first
[00:00:18] Tessa: Weigh first. Write it down in the box.
[00:00:24] Liam: ok I wrote 42. then the water.
[00:00:31] Liam: it went from 50 to 65 so that's 15. so 42 divided by 15. I remember now, mass over volume.
[00:00:40] Tessa: Yes! You didn't even need me for that part.
[00:00:44] Liam: can we do the rock next, I want to see if it sinks faster than the eraser
[00:00:49] Izzy: (from next table) Tessa do you have the extra graduated cylinder?
""", [("S2208", "peer_tutoring_transcript", "2026-02-24", "tutor; file named with 'Liam T' though Liam is the tutee"),
      ("S2205", "peer_tutoring_transcript", "2026-02-24", "tutee"),
      ("S2206", "peer_tutoring_transcript", "2026-02-24", "one line from next table")],
    [("S2205", "Working Memory", "Developing", "it went from 50 to 65 so that's 15. so 42 divided by 15. I remember now, mass over volume."),
     ("S2205", "Task Initiation", "Proficient", "can we do the rock next, I want to see if it sinks faster than the eraser"),
     ("S2208", "Communication", "Proficient", "Okay so first you weigh it, then you put it in the water and see how much the water goes up.")])

doc("Liam O obs.txt", "txt", "T2202", "2025-09-25", """Observation - Liam O. - 25 Sept 2025
Science 7B, first lab

Liam lost his lab sheet twice in one period and needed me to repeat the three steps each time. He waited for his partner to start everything. When I asked him to begin he said "I don't know what we're doing." Not defiant, just lost.

He is kind with his partner and shares materials.
""", [("S2205", "teacher_observation_note", "2025-09-25", "")],
    [("S2205", "Working Memory", "Emerging", "Liam lost his lab sheet twice in one period and needed me to repeat the three steps each time."),
     ("S2205", "Task Initiation", "Emerging", "He waited for his partner to start everything."),
     ("S2205", "Organization", "Emerging", "Liam lost his lab sheet twice in one period")])

doc("Liam growth.pdf", "pdf", "T2202", "2026-05-14", """Observation note - Liam Okafor
14 May 2026 - Science 7B, ecosystems unit

Compared with September this is a different student. Liam started the bottle-ecosystem build on his own while I was still handing out materials, and he had his checklist out and ticked. He did not wait for anyone.

When his partner was absent he reorganised the job list so he could do both parts, and told me which part he would finish Thursday. He also reminded Ravi to write the date on his log, without being unkind about it.

Still needs a nudge to check his calculations before handing in.
""", [("S2205", "teacher_observation_note", "2026-05-14", "growth over the year; Ravi only mentioned in passing, not a subject")],
    [("S2205", "Task Initiation", "Proficient", "Liam started the bottle-ecosystem build on his own while I was still handing out materials, and he had his checklist out and ticked."),
     ("S2205", "Planning & Prioritization", "Proficient", "When his partner was absent he reorganised the job list so he could do both parts, and told me which part he would finish Thursday."),
     ("S2205", "Organization", "Proficient", "he had his checklist out and ticked")],
    title="Observation note", author="D. Oduya")

doc("email from Mrs Sandhu.eml", "eml", "T2202", "2025-12-02", dict(
    frm="Gurpreet Sandhu <gsandhu@example.com>", to="d.oduya@stbrendans-lakeside.example",
    subject="Ravi and the online game", dt="2025-12-02 21:05",
    text="""Dear Mr. Oduya,

I wanted to let you know Ravi has been staying up on his tablet watching videos and playing until late, and he told his sister "school stuff on the computer is boring, I only use it for games." He is tired in the morning.

He did surprise us last weekend. His grandfather's phone was not connecting and Ravi did not give up, he tried three things and fixed the wifi settings. So he can be patient when he wants.

Could you suggest something he could do on the computer for science that he might enjoy?

Thank you,
Gurpreet Sandhu
"""), [("S2207", "parent_note", "2025-12-02", "child quoted to sibling")],
    [("S2207", "Digital Literacy", "Emerging", "school stuff on the computer is boring, I only use it for games."),
     ("S2207", "Self-Management", "Developing", "Ravi did not give up, he tried three things and fixed the wifi settings.")])

doc("forces project pres.txt", "txt", "T2202", "2026-04-16", """forces project - auto transcript from the class laptop, 16 Apr 2026 (Ravi presenting, no speaker labels)

okay so my project is about friction on different surfaces. I tested a toy car on carpet, on wood, and on ice from the outdoor rink. at first I thought ice would be the fastest and it was, but the wood was almost the same, which surprised me. so I did it again five more times to make sure it wasn't a mistake. I also looked it up and one website said ice is always 10 times faster but my results didn't show that, so I think the website was wrong or it was different ice. if I did it again I would use a ramp that doesn't bend. thank you. any questions? 
""", [("S2207", "project_presentation_transcript", "2026-04-16", "no speaker labels; single presenter")],
    [("S2207", "Critical Thinking", "Proficient", "one website said ice is always 10 times faster but my results didn't show that, so I think the website was wrong or it was different ice."),
     ("S2207", "Self-Management", "Proficient", "so I did it again five more times to make sure it wasn't a mistake."),
     ("S2207", "Communication", "Developing", "okay so my project is about friction on different surfaces.")])

# ---------------------------------------------------------------- T2203 Halvorsen
doc("Jonah - conference 12 Mar.pdf", "pdf", "T2203", "2026-03-12", """Student-Led Conference Notes - Grade 8 ELA
Student: Jonah Whitecloud   Date: 2026-03-12   Attending: Jonah, grandmother, Ms. Halvorsen

Jonah opened by reading his goal from September aloud: "read one book that isn't about hockey." He then said, "I did four, and I picked the last one because my cousin in Winnipeg recommended it and we talk about it on FaceTime."

He explained to his grandmother that he plans his reading with a weekly page count and moves it when he has a tournament, and showed the chart in his binder.

When his grandmother asked about his essay grade he did not get defensive; he said the thesis was weak and that he now asks a friend to read his thesis before he writes the body.
""", [("S2209", "teacher_observation_note", "2026-03-12", "student-led conference")],
    [("S2209", "Planning & Prioritization", "Proficient", "he plans his reading with a weekly page count and moves it when he has a tournament, and showed the chart in his binder."),
     ("S2209", "Self-Awareness", "Proficient", "he said the thesis was weak and that he now asks a friend to read his thesis before he writes the body."),
     ("S2209", "Communication", "Proficient", "I did four, and I picked the last one because my cousin in Winnipeg recommended it and we talk about it on FaceTime.")],
    title="SLC notes", author="P. Halvorsen")

doc("book club wk4.srt", "srt", "T2203", "2025-10-30", """1
00:00:01,000 --> 00:00:07,000
Amara: So do we think the dad was right to move the family north?

2
00:00:07,500 --> 00:00:14,000
Felix: No. He's selfish. End of story. Can we do the next chapter

3
00:00:14,500 --> 00:00:26,000
Hana: I don't think it's that simple? Like, he lost his job, and the book says he felt ashamed. I'd be scared too if I were him.

4
00:00:26,500 --> 00:00:35,000
Jonah: Felix, you said selfish, but what part made you think that? I'm not saying you're wrong.

5
00:00:35,500 --> 00:00:42,000
Felix: the part where he doesn't ask anyone. ok fine that's one part

6
00:00:42,500 --> 00:00:55,000
Amara: So maybe both - he didn't ask, which was unfair, but he was scared. Hana and Felix can both be right. Let's put that in our notes.

7
00:00:55,500 --> 00:01:02,000
Hana: um. I forgot my book at home so I'm reading off Jonah's

Ms. H - trailing note: Social Awareness (Hana): Proficient. Felix interrupted twice before the recording started.
""", [("S2210", "group_discussion_transcript", "2025-10-30", ""),
      ("S2211", "group_discussion_transcript", "2025-10-30", ""),
      ("S2212", "group_discussion_transcript", "2025-10-30", ""),
      ("S2209", "group_discussion_transcript", "2025-10-30", "")],
    [("S2212", "Social Awareness", "Proficient", "he lost his job, and the book says he felt ashamed. I'd be scared too if I were him."),
     ("S2211", "Critical Thinking", "Emerging", "No. He's selfish. End of story."),
     ("S2211", "Inhibitory Control", "Emerging", "Can we do the next chapter"),
     ("S2209", "Relationship Skills", "Proficient", "Felix, you said selfish, but what part made you think that? I'm not saying you're wrong."),
     ("S2210", "Collaboration", "Advanced", "So maybe both - he didn't ask, which was unfair, but he was scared. Hana and Felix can both be right."),
     ("S2212", "Organization", "Developing", "I forgot my book at home so I'm reading off Jonah's")])

doc("peer review essays.md", "md", "T2203", "2025-11-26", """**Peer review - persuasive essay draft 1**
**Date:** 26 Nov 2025
**Pairs:** Amara / Felix

**Reviewer: Amara - Essay by Felix**
Your argument that the school day should start later is strong, and the sleep study you found is a good source. But your second paragraph uses a blog from a mattress company - they want to sell mattresses so they might exaggerate. Maybe swap it for the Health Canada page? Also your ending is really convincing, it made me want to sign a petition.

**Reviewer: Felix - Essay by Amara**
good. I agree with it. 8/10

**Ms. Halvorsen:** Felix, please redo your review with one specific strength and one specific suggestion.
""", [("S2210", "peer_feedback", "2025-11-26", "reviewer and subject"),
      ("S2211", "peer_feedback", "2025-11-26", "reviewer and subject")],
    [("S2210", "Critical Thinking", "Advanced", "your second paragraph uses a blog from a mattress company - they want to sell mattresses so they might exaggerate."),
     ("S2210", "Digital Literacy", "Advanced", "they want to sell mattresses so they might exaggerate. Maybe swap it for the Health Canada page?"),
     ("S2211", "Communication", "Emerging", "good. I agree with it. 8/10"),
     ("S2210", "Communication", "Proficient", "Also your ending is really convincing, it made me want to sign a petition.")])

doc("Hana journal.docx", "docx", "T2203", "2025-12-09", """# Reflection journal
**Name:** Hana Yoshida
**Date:** 9 Dec 2025
## Prompt: Describe a time this month you felt out of your comfort zone.
My older sister always says "Hana, you never finish anything you start." I used to believe her. But this month I started the short story and I actually finished it, and I didn't wait until the night before. I made a list of the scenes and did one each day.
## Prompt: What would you do differently?
I would not leave my book at school on the days I need it. I keep forgetting things between places. I'm not sure how to fix that yet.
## Teacher response
Hana - a list of scenes is exactly the kind of plan I hoped to see! Could a folder that never leaves your bag help? -Ms. H
""", [("S2212", "reflection_journal", "2025-12-09", "quotes her sister; teacher prompts and reply")],
    [("S2212", "Task Initiation", "Proficient", "I started the short story and I actually finished it, and I didn't wait until the night before."),
     ("S2212", "Planning & Prioritization", "Proficient", "I made a list of the scenes and did one each day."),
     ("S2212", "Organization", "Developing", "I keep forgetting things between places. I'm not sure how to fix that yet.")],
    title="Reflection journal", author="H. Yoshida")

doc("Felix obs.txt", "txt", "T2203", "2026-01-15", """OBS - Felix M - 15/01/2026 - ELA 8

Not once today did Felix need reminding to stay on task during silent reading - a first. He put his phone in the bin at the door without being asked, and said to me "if it's on my desk I'll check it, so it's easier if it's not there."

In the group, he didn't interrupt anyone, which I can't say for October. He still answered a question from Jonah with "whatever you think" rather than giving his view.
""", [("S2211", "teacher_observation_note", "2026-01-15", "praise phrased negatively")],
    [("S2211", "Inhibitory Control", "Advanced", "He put his phone in the bin at the door without being asked, and said to me \"if it's on my desk I'll check it, so it's easier if it's not there.\""),
     ("S2211", "Relationship Skills", "Developing", "In the group, he didn't interrupt anyone, which I can't say for October. He still answered a question from Jonah with \"whatever you think\" rather than giving his view."),
     ("S2211", "Self-Management", "Proficient", "Not once today did Felix need reminding to stay on task during silent reading - a first.")])

doc("Amara parent email.eml", "eml", "T2203", "2026-02-18", dict(
    frm="Kwame Osei <k.osei@example.net>", to="p.halvorsen@stbrendans-lakeside.example",
    subject="Amara - community fridge project", dt="2026-02-18 12:30",
    text="""Hello Ms. Halvorsen,

Amara has been very busy! After your unit on food insecurity she researched how other cities run community fridges, including one in Toronto and one in Lagos, and wrote to our city councillor with a proposal. She organised three of her friends to make a schedule for checking the fridge.

She did not wait for anyone to tell her to start - she just started. I also noticed she listened when her brother said the idea was "pointless", and instead of arguing she asked him what would make it better.

Best,
Kwame Osei
"""), [("S2210", "parent_note", "2026-02-18", "")],
    [("S2210", "Global Awareness", "Advanced", "she researched how other cities run community fridges, including one in Toronto and one in Lagos, and wrote to our city councillor with a proposal."),
     ("S2210", "Task Initiation", "Advanced", "She organised three of her friends to make a schedule for checking the fridge."),
     ("S2210", "Social Awareness", "Advanced", "instead of arguing she asked him what would make it better.")])

doc("debate prep tutoring.txt", "txt", "T2203", "2026-04-08", """Debate prep - peer tutoring session (library, 8 Apr) - typed up from voice memo
[00:00:02] Amara: Okay Felix, your side is "phones should be allowed at lunch". What's your best reason?
[00:00:07] Felix: um, because we want them
[00:00:11] Amara: Okay, but the judges want a reason that isn't just us. Who else benefits?
[00:00:18] Felix: parents? like if my mom needs to reach me. And actually I could use the argument that kids can check the bus app
[00:00:26] Camille: Sorry to jump in, I'm from Mr. Reid's class, we did this debate last year. The other side always says cyberbullying.
[00:00:33] Felix: oh. then I'll say the school could have a no-filming rule instead of banning phones. I'll write it on a card now before I forget.
[00:00:41] Amara: That's a rebuttal! See, you didn't need me for that one.
""", [("S2210", "peer_tutoring_transcript", "2026-04-08", "tutor"),
      ("S2211", "peer_tutoring_transcript", "2026-04-08", "tutee; other teacher's student Camille speaks")],
    [("S2211", "Critical Thinking", "Developing", "parents? like if my mom needs to reach me. And actually I could use the argument that kids can check the bus app"),
     ("S2211", "Cognitive Flexibility", "Proficient", "then I'll say the school could have a no-filming rule instead of banning phones."),
     ("S2211", "Task Initiation", "Proficient", "I'll write it on a card now before I forget."),
     ("S2210", "Relationship Skills", "Advanced", "Okay, but the judges want a reason that isn't just us. Who else benefits?")])

doc("Exit ticket.docx", "docx", "T2203", "2026-05-06", """# Exit ticket - ELA 8
**Name:** Jonah W.
**Date:** 2026-05-06
|Question|Answer|
|What is one thing you learned today?|That an unreliable narrator can lie to the reader without the author lying.|
|What is still confusing?|Nothing is confusing but I want to know if this works in movies too, like in the hockey movie we watched the coach tells the story and he makes himself look good.|
|Rate your effort (1-4)|4|
""", [("S2209", "reflection_journal", "2026-05-06", "generic file name; exit ticket")],
    [("S2209", "Critical Thinking", "Advanced", "like in the hockey movie we watched the coach tells the story and he makes himself look good."),
     ("S2209", "Creativity & Innovation", "Proficient", "I want to know if this works in movies too")],
    title="Exit ticket", author="P. Halvorsen")

doc("OneNote - Hana obs.txt", "txt", "T2203", "2026-05-20", """Hana - observations
Wednesday, 20 May 2026    11:14 AM
----------------------------------------
Section: ELA 8 > Observations > Hana Y.

- Brought the folder (the one that never leaves her bag). Third week in a row she has had all her materials.
- In the media literacy lesson she noticed the two news clips used different photos of the same protest and asked whether the photo choice was "trying to make us feel a certain way". Did not accept either clip at face value.
- Helped Felix set up the same folder system - showed him how she labels tabs.
""", [("S2212", "teacher_observation_note", "2026-05-20", "OneNote page export")],
    [("S2212", "Organization", "Advanced", "Helped Felix set up the same folder system - showed him how she labels tabs."),
     ("S2212", "Digital Literacy", "Advanced", "she noticed the two news clips used different photos of the same protest and asked whether the photo choice was \"trying to make us feel a certain way\"."),
     ("S2212", "Critical Thinking", "Proficient", "Did not accept either clip at face value.")])

doc("poetry slam.pdf", "pdf", "T2203", "2026-06-04", """Poetry Slam - transcript (4 June 2026)
[00:00:05] Ms. Halvorsen: Next up, Felix and Hana with their duet poem.
[00:00:10] Felix: This poem is called "Two Lakes." I wrote the half about my nonno's lake in Italy.
[00:00:15] Hana: And I wrote the half about my grandmother's lake in Japan. We switch every line, so listen for the echoes.
[00:00:40] Felix: We tried it as two separate poems first but it was boring, so we cut them into lines and shuffled them. It was Hana's idea to make the last lines match.
[00:00:52] Hana: When we argued about the ending we each wrote one and asked the class to vote. That way nobody felt bossed.
[00:01:05] Jonah: (audience) Can you do the last stanza again?
Ms. H: Creativity & Innovation - Advanced (both)
""", [("S2211", "project_presentation_transcript", "2026-06-04", ""),
      ("S2212", "project_presentation_transcript", "2026-06-04", ""),
      ("S2209", "project_presentation_transcript", "2026-06-04", "audience question")],
    [("S2211", "Creativity & Innovation", "Advanced", "We tried it as two separate poems first but it was boring, so we cut them into lines and shuffled them."),
     ("S2212", "Collaboration", "Advanced", "When we argued about the ending we each wrote one and asked the class to vote. That way nobody felt bossed."),
     ("S2212", "Communication", "Proficient", "We switch every line, so listen for the echoes.")],
    title="Poetry slam", author="P. Halvorsen")

# ---------------------------------------------------------------- T2204 Reid
doc("Camille journal oct.md", "md", "T2204", "2025-10-08", """**Journal - Humanities 8**
**Name:** Camille D.
**Date:** 2025-10-08

**Mr. Reid asks: Why do you think people in other countries should care about our lake?**

I don't really see why they would. It's our lake. The article said the algae is from farms but I think it's just because it was hot this summer.

**Mr. Reid asks: How did your group work go?**

I did the whole poster myself because the others were too slow. It looks better that way.
""", [("S2213", "reflection_journal", "2025-10-08", "teacher prompts")],
    [("S2213", "Global Awareness", "Emerging", "I don't really see why they would. It's our lake."),
     ("S2213", "Critical Thinking", "Emerging", "The article said the algae is from farms but I think it's just because it was hot this summer."),
     ("S2213", "Collaboration", "Emerging", "I did the whole poster myself because the others were too slow.")])

doc("water crisis pres.srt", "srt", "T2204", "2026-02-25", """1
00:00:01,000 --> 00:00:10,000
ZARA: Our topic is water access on First Nations reserves in Canada and how it connects to drought in other places.

2
00:00:10,500 --> 00:00:24,000
ZARA: Some communities have had boil-water advisories for more than ten years. We compared that to Cape Town, where the city nearly ran out of water in 2018. Same problem, different reasons.

3
00:00:24,500 --> 00:00:33,000
MATEO: I made the map. The red dots are advisories. um. yeah.

4
00:00:33,500 --> 00:00:40,000
MR. REID: Mateo, can you tell us what the map shows?

5
00:00:40,500 --> 00:00:48,000
MATEO: that there are a lot in Ontario. I forgot the number, it's on the slide I think.

6
00:00:48,500 --> 00:01:02,000
ZARA: We think the federal government should publish a yearly progress report, and we wrote to our MP asking for that. We're also doing a bake sale for a water charity that one of the communities picked.

Mr. Reid - post-presentation notes: Global Awareness (Zara): Advanced. Communication (Mateo): Emerging.
""", [("S2215", "project_presentation_transcript", "2026-02-25", ""),
      ("S2216", "project_presentation_transcript", "2026-02-25", "")],
    [("S2215", "Global Awareness", "Advanced", "We think the federal government should publish a yearly progress report, and we wrote to our MP asking for that."),
     ("S2215", "Critical Thinking", "Proficient", "We compared that to Cape Town, where the city nearly ran out of water in 2018. Same problem, different reasons."),
     ("S2216", "Communication", "Emerging", "I made the map. The red dots are advisories. um. yeah."),
     ("S2216", "Working Memory", "Developing", "I forgot the number, it's on the slide I think."),
     ("S2216", "Digital Literacy", "Developing", "I made the map.")])

doc("Bear obs.docx", "docx", "T2204", "2025-11-12", """# Observation
**Student:** Bear
**Date:** 12 Nov 2025
**Setting:** Humanities 8 - group research
Bear shouted over Mateo twice when they disagreed about the topic and then refused to work with the group. He sat with his hood up for most of the period.
When I asked him to pick one source he chose the first TikTok that came up and said "it has a million views so it's true."
He did start the worksheet on his own, before the others.
""", [("S2214", "teacher_observation_note", "2025-11-12", "nickname only (Bear = Eli Brandt)")],
    [("S2214", "Relationship Skills", "Emerging", "Bear shouted over Mateo twice when they disagreed about the topic and then refused to work with the group."),
     ("S2214", "Digital Literacy", "Emerging", "he chose the first TikTok that came up and said \"it has a million views so it's true.\""),
     ("S2214", "Task Initiation", "Proficient", "He did start the worksheet on his own, before the others.")],
    title="Observation - Bear", author="T. Reid")

doc("mediation notes.txt", "txt", "T2204", "2026-01-29", """mediation notes 29-01-2026 (hallway, after lunch)

Eli and Mateo argued over who broke the group's model. Zara stepped in before I got there. She had each of them say what happened without interrupting, then said "Eli, you think he's blaming you, and Mateo, you think nobody's listening - is that it?" Both calmed down.

Eli admitted he knocked it, and said "I got mad because I thought everyone would think it was me anyway." That's a big step for him.

Mateo did not say much. He agreed to fix the base with Eli.

Zara then suggested they tape the model to the board, so it can't fall again. Proactive.
""", [("S2214", "teacher_observation_note", "2026-01-29", ""),
      ("S2215", "teacher_observation_note", "2026-01-29", ""),
      ("S2216", "teacher_observation_note", "2026-01-29", "")],
    [("S2215", "Social Awareness", "Advanced", "Eli, you think he's blaming you, and Mateo, you think nobody's listening - is that it?"),
     ("S2215", "Collaboration", "Advanced", "Zara stepped in before I got there. She had each of them say what happened without interrupting"),
     ("S2214", "Self-Awareness", "Proficient", "I got mad because I thought everyone would think it was me anyway."),
     ("S2216", "Relationship Skills", "Developing", "Mateo did not say much. He agreed to fix the base with Eli."),
     ("S2215", "Responsible Decision-Making", "Proficient", "Zara then suggested they tape the model to the board, so it can't fall again.")])

doc("Mateo - note from home.eml", "eml", "T2204", "2025-12-15", dict(
    frm="Lucia Alvarez <lucia.alvarez@example.com>", to="t.reid@stbrendans-lakeside.example",
    subject="Teo", dt="2025-12-15 08:02",
    text="""Mr. Reid,

Teo was very worried last night about the presentation. He said "I don't know what to say and everyone will look at me." He would not start his slides until 10pm even though I reminded him at 7 and 8.

He did say he wanted to talk about his abuela's village in Oaxaca and the water there, which I think is a good idea. Could he maybe present to you only first?

Thank you,
Lucia Alvarez
"""), [("S2216", "parent_note", "2025-12-15", "nickname Teo in subject; parent quotes child")],
    [("S2216", "Task Initiation", "Emerging", "He would not start his slides until 10pm even though I reminded him at 7 and 8."),
     ("S2216", "Communication", "Emerging", "I don't know what to say and everyone will look at me."),
     ("S2216", "Global Awareness", "Developing", "he wanted to talk about his abuela's village in Oaxaca and the water there")])

doc("UN sim group chat.txt", "txt", "T2204", "2026-03-18", """Teams chat export - Model UN sim - committee B
18-03-2026

[13:05] Camille Ducharme: ok I know I wanted to do the whole thing myself last time. This time can we each take a country and I'll put it together at the end?
[13:06] Eli Brandt: I'll take Brazil. I'll look at the govt site and one news site so it's not just one side
[13:06] Zara Qureshi: I'll take Bangladesh. Camille do you want to do Canada since you know the lake stuff
[13:07] Amara Osei: hi it's Amara from Ms H's class, I'm the chair for your committee, 5 min warning
[13:08] Camille Ducharme: yes! and I just realised the lake algae thing is kind of like the fertilizer runoff in Bangladesh, it's the same farms problem in two places
[13:09] Eli Brandt: sorry I was on the wrong tab, ok back
[13:10] Camille Ducharme: Zara if we run out of time I'll do the intro and you do the ending, if not we both speak
""", [("S2213", "group_discussion_transcript", "2026-03-18", "growth vs October"),
      ("S2214", "group_discussion_transcript", "2026-03-18", ""),
      ("S2215", "group_discussion_transcript", "2026-03-18", "")],
    [("S2213", "Collaboration", "Proficient", "This time can we each take a country and I'll put it together at the end?"),
     ("S2213", "Global Awareness", "Proficient", "the lake algae thing is kind of like the fertilizer runoff in Bangladesh, it's the same farms problem in two places"),
     ("S2213", "Planning & Prioritization", "Advanced", "Zara if we run out of time I'll do the intro and you do the ending, if not we both speak"),
     ("S2214", "Digital Literacy", "Proficient", "I'll look at the govt site and one news site so it's not just one side"),
     ("S2214", "Inhibitory Control", "Developing", "sorry I was on the wrong tab, ok back"),
     ("S2215", "Social Awareness", "Proficient", "Camille do you want to do Canada since you know the lake stuff")])

doc("peer feedback - Zara.pdf", "pdf", "T2204", "2026-04-29", """Peer Feedback Form - Humanities 8
Date: 29 Apr 2026
From: Mateo A.      To: Zara Q.

What worked: Your speech was really good because you used the story about the girl in Cape Town first and then the numbers. It made me care before the facts. I think I could try that in mine.

What could be better: You talked kind of fast at the end. Maybe pause after the big number so people can think.

Something I learned from you: that you can write to an MP even if you are 13.
""", [("S2216", "peer_feedback", "2026-04-29", "writer"),
      ("S2215", "peer_feedback", "2026-04-29", "subject")],
    [("S2216", "Communication", "Proficient", "Your speech was really good because you used the story about the girl in Cape Town first and then the numbers. It made me care before the facts."),
     ("S2216", "Social Awareness", "Developing", "Maybe pause after the big number so people can think."),
     ("S2216", "Global Awareness", "Proficient", "that you can write to an MP even if you are 13.")],
    title="Peer feedback", author="T. Reid")

doc("Eli reflection May.md", "md", "T2204", "2026-05-27", """**Reflection - end of term 3**
**Student:** Eli Brandt
**Date:** 27 May 2026

In November I shouted at Mateo and I wouldnt work with anyone. Now I need fewer reminders now to stay in my seat and I ask before I change the group's plan.

I am not perfect at it, when I get really mad I still walk away, but I come back and say sorry without Mr Reid making me.

I also check sources now. I don't trust a video just because it has a lot of views. Last week I showed my little brother how to check who made a website.
""", [("S2214", "reflection_journal", "2026-05-27", "growth over year")],
    [("S2214", "Self-Management", "Developing", "when I get really mad I still walk away, but I come back and say sorry without Mr Reid making me."),
     ("S2214", "Relationship Skills", "Proficient", "I ask before I change the group's plan."),
     ("S2214", "Digital Literacy", "Advanced", "Last week I showed my little brother how to check who made a website."),
     ("S2214", "Inhibitory Control", "Developing", "Now I need fewer reminders now to stay in my seat")])

doc("dictated - Camille conf.txt", "txt", "T2204", "2026-03-26", """dictated - Camille - student led conf - 26 Mar

ok Camille ran the whole thing herself, had the agenda printed for her parents, timed each part on her phone. she said "in October I thought I had to do everything myself or it would be bad, now I know I was kind of being bossy" and she showed the UN chat as proof. mom teared up a bit.

she set her own goal: "try a debate where I argue the side I disagree with." nobody suggested it. she had a plan for it too, read two articles from each side first.

end dictation
""", [("S2213", "teacher_observation_note", "2026-03-26", "dictated SLC notes")],
    [("S2213", "Self-Awareness", "Advanced", "in October I thought I had to do everything myself or it would be bad, now I know I was kind of being bossy"),
     ("S2213", "Cognitive Flexibility", "Advanced", "try a debate where I argue the side I disagree with."),
     ("S2213", "Organization", "Proficient", "had the agenda printed for her parents, timed each part on her phone.")])

doc("Zara journal.docx", "docx", "T2204", "2026-06-15", """# Journal - final entry
**Name:** Zara Qureshi
**Date:** 15 June 2026
## Looking back
At the start of the year I only cared about the water thing because it was a project. Then we actually got a letter back from our MP. Now I want to do the same for air quality because my cousin in Lahore can't go outside some days.
I planned next year already: I'm going to start a club in September, and if not enough people join I'll do it as a newsletter instead.
## What I would tell a grade 7
Don't do the whole project alone. Ask the quiet kids first, they usually have the best ideas.
""", [("S2215", "reflection_journal", "2026-06-15", "")],
    [("S2215", "Global Awareness", "Advanced", "Now I want to do the same for air quality because my cousin in Lahore can't go outside some days."),
     ("S2215", "Planning & Prioritization", "Advanced", "I'm going to start a club in September, and if not enough people join I'll do it as a newsletter instead."),
     ("S2215", "Collaboration", "Advanced", "Ask the quiet kids first, they usually have the best ideas.")],
    title="Journal final entry", author="Z. Qureshi")

doc("tutoring notes Mateo.pdf", "pdf", "T2204", "2026-05-12", """Peer tutoring - Humanities 8 - 12 May 2026 (transcribed)
[00:00:02] Mr. Reid: Eli, you're helping Mateo with the timeline today.
[00:00:06] Eli: Ok Teo, what's the first event? Just say it, there's no wrong answer for the first one.
[00:00:12] Mateo: the treaty. then the railway. then... I forget.
[00:00:18] Eli: Look at your notes, you wrote it on page two.
[00:00:22] Mateo: oh right the residential schools. Can I put the dates on sticky notes so I can move them around? Then it's easier to fix.
[00:00:30] Eli: Yeah that's smart. I'm going to do that too.
[00:00:35] Mateo: I'll start the next part now, you don't have to wait for me.
""", [("S2214", "peer_tutoring_transcript", "2026-05-12", "tutor"),
      ("S2216", "peer_tutoring_transcript", "2026-05-12", "tutee; nickname Teo in speech")],
    [("S2214", "Relationship Skills", "Advanced", "Just say it, there's no wrong answer for the first one."),
     ("S2216", "Creativity & Innovation", "Proficient", "Can I put the dates on sticky notes so I can move them around? Then it's easier to fix."),
     ("S2216", "Task Initiation", "Proficient", "I'll start the next part now, you don't have to wait for me."),
     ("S2216", "Working Memory", "Developing", "the treaty. then the railway. then... I forget.")],
    title="Peer tutoring", author="T. Reid")
