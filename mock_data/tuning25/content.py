"""Content for the Kauri Grove Intermediate blind set (tuning25).

Each DOC: name, teacher, kind, title, author, date (datetime parts for metadata), text,
truth [(student, entry_type, iso_date, notes)], labels [(student, skill, level, quote)].
Docx/pdf text conventions: '# ' heading, '## ' subheading, lines starting with '|' are table rows.
"""

TEACHERS = [
    ("T2601", "Aroha Ngata", "a.ngata@kaurigrove.school.nz", "U26AN01"),
    ("T2602", "Daniel Fifita", "d.fifita@kaurigrove.school.nz", "U26DF02"),
    ("T2603", "Priya Raman", "p.raman@kaurigrove.school.nz", "U26PR03"),
    ("T2604", "Tom Gallagher", "t.gallagher@kaurigrove.school.nz", "U26TG04"),
]

STUDENTS = [
    ("S2601", "Tama Rewiri", 8, "T2601", ""),
    ("S2602", "Sione Havili", 8, "T2601", ""),
    ("S2603", "Grace Liu", 8, "T2601", ""),
    ("S2604", "Mia-Rose Walker", 8, "T2601", "Mimi"),
    ("S2605", "Ana Tupou", 7, "T2602", ""),
    ("S2606", "Grace Thompson", 7, "T2602", "Gracie"),
    ("S2607", "Keanu Parata", 7, "T2602", "K"),
    ("S2608", "Hamish McLeod", 7, "T2602", ""),
    ("S2609", "Isla Brown", 8, "T2603", ""),
    ("S2610", "Rawiri Kereama", 8, "T2603", "Riri"),
    ("S2611", "Zoe Chen", 8, "T2603", ""),
    ("S2612", "Arjun Patel", 8, "T2603", "AJ"),
    ("S2613", "Tama Hohaia", 7, "T2604", ""),
    ("S2614", "Lily Fonoti", 7, "T2604", ""),
    ("S2615", "Finn O'Connor", 7, "T2604", ""),
    ("S2616", "Manaia Ruatapu", 7, "T2604", "Nai"),
]

DOCS = []


def doc(name, teacher, kind, text, truth, labels, title="", author="", when=(2025, 10, 14, 15, 30), **kw):
    DOCS.append(dict(name=name, teacher=teacher, kind=kind, text=text, truth=truth, labels=labels,
                     title=title, author=author, when=when, **kw))


GD, PT, PP, RJ, PF, TO, PN = ("group_discussion_transcript", "peer_tutoring_transcript",
                              "project_presentation_transcript", "reflection_journal",
                              "peer_feedback", "teacher_observation_note", "parent_note")

# ---------------------------------------------------------------- T2601 Whaea Aroha Ngata, Room 14
doc("Learning conf - Tama.docx", "T2601", "docx", """# Learning Conference - Term 4
Date: Tues 14 October 2025
Kaiako: Whaea Aroha (Ms Ngata)
Student: Tama
Whanau present: Mum (Hine)
## Kōrero
| Area | Notes |
| Goals | Tama named his own goal without help: he wants to hand in every inquiry checkpoint on time this term because last term he "ran out of road" in week 9. |
| Planning | He showed his planner - checkpoints for inquiry and the speech are both mapped out, with a backup plan if he is away for the rugby tournament. |
| Reading | Reading log is patchy; half the entries are missing and he could not find his book bag today. |
Tama said: "When I get wound up I go quiet and then I snap, so now I tell someone before it gets to the snap part."
Mum said he is calmer at home too, and that he has started cooking tea on Wednesdays.
## Next steps
Keep the reading log in the planner pocket. Check in week 3.
Skills observed: Planning & Prioritization - Advanced; Organization - Emerging
""", [("S2601", TO, "2025-10-14", "learning conference; Tama named in header only by first name")],
    [("S2601", "Self-Awareness", "Advanced", "Tama named his own goal without help: he wants to hand in every inquiry checkpoint on time this term"),
     ("S2601", "Planning & Prioritization", "Advanced", "checkpoints for inquiry and the speech are both mapped out, with a backup plan if he is away for the rugby tournament"),
     ("S2601", "Organization", "Emerging", "Reading log is patchy; half the entries are missing and he could not find his book bag today."),
     ("S2601", "Self-Management", "Proficient", "When I get wound up I go quiet and then I snap, so now I tell someone before it gets to the snap part.")],
    title="Learning Conference Tama T4", author="Aroha Ngata", when=(2025, 10, 14, 16, 5))

doc("notes tues.txt", "T2601", "txt", """Tues 21 Oct - quick notes (Room 14)

Sione - maths rotation. Blurted answers across the group four times before Grace had a go, then
wandered to the sink twice. Moved him next to me and he managed ten minutes.
Sione again at lunch - he organised the touch game so the Year 7s got a turn, which I didn't ask him to do.
Sione - reading: needed the task card read to him twice but then got through most of the questions.
Sione - inquiry slideshow: copied the pictures straight off Google Images; when I showed him the Creative Commons filter he used it for the rest.
Needs: reminder card on desk.
""", [("S2602", TO, "2025-10-21", "Grace mentioned but only as peer; note is about Sione")],
    [("S2602", "Digital Literacy", "Developing", "when I showed him the Creative Commons filter he used it for the rest"),
     ("S2602", "Working Memory", "Developing", "needed the task card read to him twice but then got through most of the questions"),
     ("S2602", "Inhibitory Control", "Emerging", "Blurted answers across the group four times before Grace had a go, then\nwandered to the sink twice."),
     ("S2602", "Social Awareness", "Proficient", "he organised the touch game so the Year 7s got a turn, which I didn't ask him to do.")])

doc("inquiry pres voice memo.txt", "T2601", "txt", """Voice Memo - 22/10/25 10:14 am - 3:52

Kia ora koutou, my inquiry question is why do some places in Auckland flood every time it rains and other places don't. So after the Anniversary Weekend floods I wanted to know if it was just bad luck. I read the council report and a Stuff article and they didn't agree - the article said it was mostly climate change but the council report said a lot of it was old stormwater pipes that were built for way less houses. So I think it's actually both, and the article kind of left out the pipes part because it makes a better headline. I also found out that Pacific Island countries like Tuvalu are dealing with the same problem but way worse, and they've been asking bigger countries to cut emissions, so for my action I wrote to our local board asking them to put rain gardens on our street and I sent a copy to the Tuvalu consulate to say we're learning about it. I made a model with a sponge and a plastic tray to show how rain gardens soak up water, which I got the idea from how nappies work. Um, yeah. Any questions? Oh wait, it's just me recording. Ka kite.
""", [("S2603", PP, "2025-10-22", "solo talk, no speaker labels; Grace Liu is the only Grace in Room 14")],
    [("S2603", "Critical Thinking", "Advanced", "So I think it's actually both, and the article kind of left out the pipes part because it makes a better headline."),
     ("S2603", "Global Awareness", "Advanced", "so for my action I wrote to our local board asking them to put rain gardens on our street"),
     ("S2603", "Creativity & Innovation", "Advanced", "I made a model with a sponge and a plastic tray to show how rain gardens soak up water, which I got the idea from how nappies work."),
     ("S2603", "Digital Literacy", "Proficient", "I read the council report and a Stuff article and they didn't agree")],
    author="")

doc("kapa haka reflection.md", "T2601", "md", """**Name:** Mimi W
**Date:** 29 October 2025
**Topic:** Kapa haka - Polyfest practice reflection

What went well?
I remembered all of the actions for the waiata-a-ringa but only when Matua Rangi stood in front of us. When he went to the back row I got lost in the second verse and just copied Aria.

**Whaea's question:** What did you do when you got lost?

I stopped and stood still and then I got embarrassed and kind of gave up for the rest of the bracket. I felt angry at Aria because she moved too fast but actually it was me who didn't know it.

What will you do next time?
Practise with the video at home. Maybe. I'll start the practice if someone reminds me at lunch.
""", [("S2604", RJ, "2025-10-29", "signed with nickname Mimi")],
    [("S2604", "Working Memory", "Developing", "I remembered all of the actions for the waiata-a-ringa but only when Matua Rangi stood in front of us."),
     ("S2604", "Self-Management", "Emerging", "I stopped and stood still and then I got embarrassed and kind of gave up for the rest of the bracket."),
     ("S2604", "Self-Awareness", "Developing", "I felt angry at Aria because she moved too fast but actually it was me who didn't know it."),
     ("S2604", "Task Initiation", "Developing", "I'll start the practice if someone reminds me at lunch."),
     ("S2604", "Creativity & Innovation", "Emerging", "When he went to the back row I got lost in the second verse and just copied Aria.")])

doc("Seesaw export wk3.txt", "T2601", "txt", """Seesaw - Room 14 - Journal post
Posted by: Tama Rewiri   28/10/25
Post: My poster for Te Tiriti inquiry (photo)

Comment by Sione Havili  28/10/25 2:11 pm
good poster bro

Comment by Mia-Rose Walker  28/10/25 2:40 pm
I like how you put the timeline down the side so it reads like a river. One thing - the text in the 1840 box is really small so people at the back won't see it. Maybe make that box bigger and shrink the picture?

Comment by Ms Ngata  28/10/25 3:05 pm
Ka pai Tama. Have a look at Mimi's suggestion.
""", [("S2601", PF, "2025-10-28", "post author / subject of feedback"),
      ("S2602", PF, "2025-10-28", "commenter"),
      ("S2604", PF, "2025-10-28", "commenter")],
    [("S2602", "Communication", "Emerging", "good poster bro"),
     ("S2604", "Communication", "Proficient", "One thing - the text in the 1840 box is really small so people at the back won't see it. Maybe make that box bigger and shrink the picture?")])

doc("group discussion 28-10.vtt", "T2601", "vtt", """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Whaea Aroha>Kia ora. Should the school ban phones at lunchtime too, not just in class?

00:00:07.000 --> 00:00:15.000
<v Sione>Yes because everyone just sits on TikTok. Ban them. Done.

00:00:16.000 --> 00:00:29.000
<v Grace>Hang on, Sione, some people need them - like Mele has to text her nana because she walks home alone. What if the rule was phones at the office unless your whānau has asked?

00:00:30.000 --> 00:00:41.000
<v Tama>I reckon we should ask the Year 7s too, 'cos it's their rule as well and we only have one more term here. We'd be deciding for them.

00:00:42.000 --> 00:00:50.000
<v Sione>Whatever, it's obvious. <v Mia-Rose>Can I-

00:00:50.500 --> 00:00:58.000
<v Sione>No let me finish, it's obvious.

00:00:59.000 --> 00:01:12.000
<v Mia-Rose>Okay so I wrote down what everyone said. Sione's point is about distraction, Grace's is safety, Tama's is fairness. Could we do a survey that asks about all three?

00:01:13.000 --> 00:01:20.000
<v Grace>I'll make the Google Form tonight and share it with edit access so we can all add a question.
""", [("S2601", GD, "2025-10-28", ""), ("S2602", GD, "2025-10-28", ""),
      ("S2603", GD, "2025-10-28", "speaker label is just 'Grace'; roster has Grace Liu in Room 14"),
      ("S2604", GD, "2025-10-28", "")],
    [("S2602", "Relationship Skills", "Emerging", "No let me finish, it's obvious."),
     ("S2602", "Critical Thinking", "Emerging", "Yes because everyone just sits on TikTok. Ban them. Done."),
     ("S2603", "Social Awareness", "Proficient", "some people need them - like Mele has to text her nana because she walks home alone"),
     ("S2603", "Task Initiation", "Proficient", "I'll make the Google Form tonight and share it with edit access so we can all add a question."),
     ("S2601", "Responsible Decision-Making", "Advanced", "I reckon we should ask the Year 7s too, 'cos it's their rule as well and we only have one more term here. We'd be deciding for them."),
     ("S2604", "Collaboration", "Advanced", "Sione's point is about distraction, Grace's is safety, Tama's is fairness. Could we do a survey that asks about all three?")])

doc("Fwd_ Tama at home.eml", "T2601", "eml", """Kia ora Whaea Aroha,

Forwarding this from Tama's koro - he asked me to pass it on.

Ngā mihi,
Hine Rewiri

---------- Forwarded message ---------
From: Wiremu Rewiri <wiremu.rewiri@xtra.co.nz>
Date: Sat, 1 Nov 2025 at 7:40 pm
Subject: Tama at home
To: Hine Rewiri <hine.rewiri@gmail.com>

Hine, tell his teacher this. Tama helped me set up the new phone today and when a scam text came through about a parcel he said "Koro, look, the link doesn't go to NZ Post, it's some weird website, don't click it." Then he showed me how to block the number and report it to 7726. I didn't even know you could do that.

He still leaves his school jersey at my place every second weekend mind you.

Koro
""", [("S2601", PN, "2025-11-01", "forwarded; parent note dated by inner Date (Sat 1 Nov); forward sent 2 Nov")],
    [("S2601", "Digital Literacy", "Advanced", "Koro, look, the link doesn't go to NZ Post, it's some weird website, don't click it."),
     ("S2601", "Organization", "Developing", "He still leaves his school jersey at my place every second weekend mind you.")],
    subject="Fwd: Tama at home", frm="Hine Rewiri <hine.rewiri@gmail.com>", to="Aroha Ngata <a.ngata@kaurigrove.school.nz>",
    date_hdr="Sun, 02 Nov 2025 09:12:00 +1300")

doc("noticings log T4.docx", "T2601", "docx", """# Noticings - Room 14 - Term 4
| Date | Student | Noticing |
| 3/11/25 | Sione | Started his speech draft the moment I finished explaining, no nudge needed - first time this year. |
| 4/11/25 | Grace L | Grace lost the instructions for the science fair form twice and had to ask Sione for his copy. |
| 6/11/25 | Mimi | Mimi switched to the backup topic without fuss when the library books didn't arrive and found two new angles. |
| 6/11/25 | Tama | Tama asked if he could run the warm-up for the Year 7 touch team and then coached two kids on passing. |
| 7/11/25 | Sione | Sione finished the group timeline after Grace gave him a checklist; he ticked off four of six jobs. |
""", [("S2602", TO, "2025-11-03", "noticings table row"), ("S2603", TO, "2025-11-04", "'Grace L' = Grace Liu"),
      ("S2604", TO, "2025-11-06", "nickname Mimi"), ("S2601", TO, "2025-11-06", "")],
    [("S2602", "Task Initiation", "Developing", "Started his speech draft the moment I finished explaining, no nudge needed - first time this year."),
     ("S2603", "Working Memory", "Emerging", "Grace lost the instructions for the science fair form twice and had to ask Sione for his copy."),
     ("S2604", "Cognitive Flexibility", "Proficient", "Mimi switched to the backup topic without fuss when the library books didn't arrive and found two new angles."),
     ("S2602", "Planning & Prioritization", "Developing", "Sione finished the group timeline after Grace gave him a checklist; he ticked off four of six jobs."),
     ("S2601", "Relationship Skills", "Advanced", "Tama asked if he could run the warm-up for the Year 7 touch team and then coached two kids on passing.")],
    title="Noticings T4", author="Aroha Ngata", when=(2025, 11, 6, 15, 45))

doc("scan 3.pdf", "T2601", "pdf", """# Note from home (typed up from handwritten note)
Thurs 13/11/25
Dear Ms Ngata,
Sorry Mia-Rose was late handing in her speech. She had it half done then the printer ran out and she had a meltdown and said the whole thing was ruined and it was my fault. She did calm down after tea and we talked about it. She said to me "next time I'll print it the night before, not the morning." I think she is getting better at owning it but she still blames the nearest person first.
Thanks,
Karen Walker (Mum)
""", [("S2604", PN, "2025-11-13", "typed-up handwritten parent note")],
    [("S2604", "Self-Awareness", "Emerging", "she had a meltdown and said the whole thing was ruined and it was my fault"),
     ("S2604", "Planning & Prioritization", "Developing", "next time I'll print it the night before, not the morning.")],
    title="scan 3", author="Aroha Ngata", when=(2025, 11, 13, 8, 30))

doc("exit ticket.txt", "T2601", "txt", """EXIT TICKET  18/11/25  Room 14
Name: ____________

1. One thing I learned: fractions and decimals are the same thing written differently
2. One thing I'm still stuck on: I dont get it when the bottom numbers are different
3. How did you work today? I kept talking to the people at my table and didn't finish.
""", [("ASK", RJ, "2025-11-18", "no name written; cannot tell which student")], [])

doc("peer tutoring maths.srt", "T2601", "srt", """1
00:00:02,000 --> 00:00:09,000
Sione: Okay Grace, so what's the first step for 3/4 plus 1/6?

2
00:00:10,000 --> 00:00:14,000
Grace: Add the tops? Four plus six is ten?

3
00:00:15,000 --> 00:00:27,000
Sione: Nah, that's what I did last year too. Draw it. If you cut a pizza in quarters and a different pizza in sixths, can you add the slices straight away?

4
00:00:28,000 --> 00:00:33,000
Grace: No 'cos they're different sizes. Ohh. Twelfths!

5
00:00:34,000 --> 00:00:45,000
Sione: Yes! See, you got it. Now you do the next one and I'll just watch, I won't tell you.
""", [("S2602", PT, "2025-11-19", "tutor; date from teacher's filing (recorded Wed 19 Nov per class timetable) - no date in file"),
      ("S2603", PT, "2025-11-19", "tutee, 'Grace' in Room 14 = Grace Liu")],
    [("S2602", "Communication", "Proficient", "If you cut a pizza in quarters and a different pizza in sixths, can you add the slices straight away?"),
     ("S2602", "Relationship Skills", "Proficient", "Now you do the next one and I'll just watch, I won't tell you."),
     ("S2603", "Critical Thinking", "Developing", "No 'cos they're different sizes. Ohh. Twelfths!")])

# ---------------------------------------------------------------- T2602 Mr Daniel Fifita, Room 7
doc("camp journal day 1.docx", "T2602", "docx", """# Camp Journal - Year 7 Camp, Shakespear Regional Park
## Day 1 - Mon 3 November 2025
Name: Ana T
Today we set up the tents. Our group couldn't get the poles in and everyone was yelling so I said let's read the instructions and each person does one pole. It worked and we were first done.
Mr Fifita's question: How did you feel when the group was yelling?
I felt stressed and a bit shaky, like when my little brothers fight. I took a breath before I talked because if I'm stressed I talk too fast and nobody listens.
## Day 2 - Tues 4 November 2025
Kayaking got cancelled because of the wind so we did orienteering instead. I was gutted but orienteering was actually fun because I got to hold the map. Mr Fifita made us write a plan for the route first and with that we found 6 out of 10 markers.
Some kids wanted to swim past the flags but I stayed inside them because the lifeguard said there was a rip.
I forgot my drink bottle on the beach and had to go back for it. Then I forgot my hat.
""", [("S2605", RJ, "2025-11-03", "multi-day camp journal; filed under Day 1 date")],
    [("S2605", "Collaboration", "Proficient", "I said let's read the instructions and each person does one pole. It worked and we were first done."),
     ("S2605", "Self-Awareness", "Advanced", "I took a breath before I talked because if I'm stressed I talk too fast and nobody listens."),
     ("S2605", "Cognitive Flexibility", "Developing", "I was gutted but orienteering was actually fun because I got to hold the map."),
     ("S2605", "Planning & Prioritization", "Developing", "Mr Fifita made us write a plan for the route first and with that we found 6 out of 10 markers."),
     ("S2605", "Responsible Decision-Making", "Proficient", "I stayed inside them because the lifeguard said there was a rip."),
     ("S2605", "Organization", "Emerging", "I forgot my drink bottle on the beach and had to go back for it. Then I forgot my hat.")],
    title="Camp Journal Ana", author="Ana Tupou", when=(2025, 11, 4, 20, 0))

doc("camp journal - keanu.md", "T2602", "md", """**Student:** Keanu P
**Date:** Wed 5 Nov 2025
**Entry:** Camp day 3

Last night some of the boys were going to sneak out to the beach after lights out. I said no because the tide was coming in and nobody knew where we were, and if something happened the whole camp would get cancelled for next year's Year 7s too. So I stayed and told Hamish to stay too.

**Mr F asks:** Was that hard?

Yeah cos they called me a nerd. But I'd rather be a nerd than drowned lol.

Today I had to pack my bag for going home. I made a list on my hand and ticked things off.
""", [("S2607", RJ, "2025-11-05", "Hamish mentioned in Keanu's journal; not a journal about Hamish")],
    [("S2607", "Responsible Decision-Making", "Advanced", "I said no because the tide was coming in and nobody knew where we were, and if something happened the whole camp would get cancelled for next year's Year 7s too."),
     ("S2607", "Organization", "Proficient", "I made a list on my hand and ticked things off.")])

doc("rugby team reflection.txt", "T2602", "txt", """Rippa rugby season reflection - Hamish McLeod - 7 November 2025

This season I was captain. At the start I yelled at people when they dropped the ball and Coach Sam talked to me about it. Now when someone drops it I say unlucky and next one. Sometimes I still shout at the ref but I stop when Coach looks at me.
In the final we were down 3 tries at halftime. I told the team we should change from running wide to short passes because their wingers were fast. We came back and lost by one but it was our best game.
My goal for next year is to make the Year 8 A team. I have a plan - touch on Tuesdays, and I'll ask Coach Sam what I need to work on before trials in February.
""", [("S2608", RJ, "2025-11-07", "")],
    [("S2608", "Relationship Skills", "Proficient", "Now when someone drops it I say unlucky and next one."),
     ("S2608", "Inhibitory Control", "Developing", "Sometimes I still shout at the ref but I stop when Coach looks at me."),
     ("S2608", "Cognitive Flexibility", "Advanced", "I told the team we should change from running wide to short passes because their wingers were fast."),
     ("S2608", "Self-Management", "Advanced", "My goal for next year is to make the Year 8 A team. I have a plan - touch on Tuesdays, and I'll ask Coach Sam what I need to work on before trials in February.")])

doc("Conference notes Grace T.pdf", "T2602", "pdf", """# Student-led learning conference
Date: 22 October 2025
Kaiako: Mr Fifita
Student: Grace T (Gracie)
Present: Dad (Mark Thompson)
Gracie led the conference using her Seesaw folder. She spoke clearly to her dad and explained her maths goal using her own test results, pointing out that she got the word problems wrong but not the sums.
She struggles to get started on writing. In class she sharpens pencils, goes to the toilet and asks to fill her bottle before she writes a word, and most days needs me beside her to write the first sentence.
When asked about her online research, Gracie said she uses "whatever comes up first on Google" and believes it if it has pictures.
Gracie's group poster used her own idea for a title after I asked her to think of something different from the example.
Dad says she is kind to her cousins and notices when the little ones are upset.
""", [("S2606", TO, "2025-10-22", "Grace Thompson; not T2601's Grace Liu")],
    [("S2606", "Communication", "Proficient", "She spoke clearly to her dad and explained her maths goal using her own test results"),
     ("S2606", "Task Initiation", "Emerging", "In class she sharpens pencils, goes to the toilet and asks to fill her bottle before she writes a word, and most days needs me beside her to write the first sentence."),
     ("S2606", "Digital Literacy", "Emerging", "whatever comes up first on Google"),
     ("S2606", "Creativity & Innovation", "Developing", "Gracie's group poster used her own idea for a title after I asked her to think of something different from the example.")],
    title="Conference - Grace T", author="Daniel Fifita", when=(2025, 10, 22, 17, 10))

doc("group Q&A inquiry.txt", "T2602", "txt", """Inquiry presentations - Room 7 - 12/11/25
Group: Ana, Keanu, Hamish - "Where does our rubbish go?"

[00:00:05] Ana: Kia ora everyone. Our inquiry is about where Kauri Grove's rubbish goes. Keanu will show the data, Hamish the interviews, and I'll do our solution.
[00:00:21] Keanu: So we weighed the bins for a week. Five days, four classes, three bin types - we put it all in one spreadsheet. Most of it was food scraps, 41 percent.
[00:01:10] Hamish: I interviewed the caretaker. He said, um. He said stuff. About bins.
[00:01:25] Ana: Our solution is a worm farm for each syndicate, and we found out that in Japan some schools sort rubbish into like ten bins, so we want to try sorting stations too.
[00:02:02] Mr Fifita: Questions from the audience?
[00:02:05] Grace: How do you know the week you picked was a normal week?
[00:02:12] Keanu: Good point. It was athletics week so maybe there were more food wrappers. We could do another week to check.
[00:02:30] Grace: Also your slide had a picture of a turtle but that's not from New Zealand.
[00:02:36] Hamish: It's just a picture.
[00:02:45] Hamish: And why would we care what Japan does, we're not in Japan.
""", [("S2605", PP, "2025-11-12", ""), ("S2607", PP, "2025-11-12", ""), ("S2608", PP, "2025-11-12", ""),
      ("S2606", PP, "2025-11-12", "audience questioner 'Grace' in Room 7 = Grace Thompson")],
    [("S2605", "Communication", "Proficient", "Keanu will show the data, Hamish the interviews, and I'll do our solution."),
     ("S2607", "Working Memory", "Advanced", "Five days, four classes, three bin types - we put it all in one spreadsheet."),
     ("S2608", "Global Awareness", "Emerging", "why would we care what Japan does, we're not in Japan."),
     ("S2608", "Communication", "Emerging", "He said, um. He said stuff. About bins."),
     ("S2605", "Global Awareness", "Proficient", "we found out that in Japan some schools sort rubbish into like ten bins, so we want to try sorting stations too"),
     ("S2606", "Critical Thinking", "Proficient", "How do you know the week you picked was a normal week?"),
     ("S2607", "Critical Thinking", "Advanced", "It was athletics week so maybe there were more food wrappers. We could do another week to check.")])

doc("email from Hamish's dad.eml", "T2602", "eml", """Kia ora Daniel,

Just a quick one about Hamish. He has been on his PlayStation till late most nights and when I ask about homework he says "it's done" but it isn't. Last night he had his reading open on the laptop with YouTube in the other tab the whole time.

He told me "Dad, I'll start after this one game" - that was at 7 and he started at 9.

Could you let us know what's due this week so we can help him keep track?

Cheers,
Rob McLeod
""", [("S2608", PN, "2025-11-13", "")],
    [("S2608", "Digital Literacy", "Emerging", "He has been on his PlayStation till late most nights"),
     ("S2608", "Inhibitory Control", "Emerging", "Last night he had his reading open on the laptop with YouTube in the other tab the whole time."),
     ("S2608", "Task Initiation", "Emerging", "Dad, I'll start after this one game")],
    subject="Hamish - homework", frm="Rob McLeod <robmcleod73@gmail.com>", to="Daniel Fifita <d.fifita@kaurigrove.school.nz>",
    date_hdr="Thu, 13 Nov 2025 20:47:00 +1300")

doc("seesaw comments 12 nov.txt", "T2602", "txt", """Seesaw export - Room 7 - 12/11/25
Post by Ana Tupou: "Worm farm design v2" (drawing)

Comment by Grace Thompson  12/11/25 6:02 pm
I like it because it is nice. It's good.

Comment by Keanu Parata  12/11/25 6:30 pm
Your v1 had the lid on top but you moved the tap to the bottom so the worm juice can drain - that's way better. Could you use an old chilly bin so it doesn't cost anything? My uncle uses one at his marae.

Comment by Mr Fifita  12/11/25 7:00 pm
Great feedback Keanu. Gracie - can you tell Ana one thing to improve?

Comment by Grace Thompson  12/11/25 7:25 pm
maybe you could colour it in more so people look at it
""", [("S2605", PF, "2025-11-12", "post author / subject"), ("S2606", PF, "2025-11-12", "commenter"),
      ("S2607", PF, "2025-11-12", "commenter")],
    [("S2606", "Communication", "Emerging", "I like it because it is nice. It's good."),
     ("S2606", "Communication", "Developing", "maybe you could colour it in more so people look at it"),
     ("S2607", "Creativity & Innovation", "Advanced", "Could you use an old chilly bin so it doesn't cost anything? My uncle uses one at his marae.")])

doc("obs 4-11.md", "T2602", "md", """**Observation:** Keanu P
**Date:** Tues 11 Nov 2025
**Setting:** Reading rotation, independent task

Keanu put his Chromebook face down and moved to the quiet table before starting, without being asked, saying "the lads are going to be loud today."
He stayed on the comprehension for the full 25 minutes.
When the reading task changed to a partner read halfway through, he grumbled but got on with it after about two minutes.

Skills observed: Inhibitory Control - Advanced; Cognitive Flexibility - Developing
""", [("S2607", TO, "2025-11-11", "file name '4-11' is misleading; header date 11 Nov is the observation date")],
    [("S2607", "Inhibitory Control", "Advanced", "Keanu put his Chromebook face down and moved to the quiet table before starting, without being asked"),
     ("S2607", "Cognitive Flexibility", "Developing", "When the reading task changed to a partner read halfway through, he grumbled but got on with it after about two minutes.")])

doc("buddy reading.vtt", "T2602", "vtt", """WEBVTT
NOTE Room 7 buddy reading with Room 2 - 18/11/25

00:00:01.000 --> 00:00:05.000
<v Hamish>Okay, so, read that page.

00:00:06.000 --> 00:00:10.000
<v Buddy>I can't read that word.

00:00:11.000 --> 00:00:16.000
<v Hamish>It's "enormous". Just keep going.

00:00:17.000 --> 00:00:22.000
<v Buddy>I don't want to read anymore.

00:00:23.000 --> 00:00:31.000
<v Hamish>Fine, I'll read it. Mr Fifita said I'm meant to let you try but you're too slow.
""", [("S2608", PT, "2025-11-18", "buddy is a Room 2 junior, not on roster")],
    [("S2608", "Social Awareness", "Emerging", "Fine, I'll read it."),
     ("S2608", "Relationship Skills", "Emerging", "Mr Fifita said I'm meant to let you try but you're too slow.")])

doc("note.txt", "T2602", "txt", """Mr Fifita - please excuse my boy from PE he has a sore ankle from rugby at the weekend. He keeps saying he is fine but he is limping. Thanks - Mum
""", [("ASK", PN, "2025-11-17", "undated, unsigned beyond 'Mum'; two boys in Room 7 play rugby - teacher files it under the day it arrived (Mon 17 Nov)")], [])

# ---------------------------------------------------------------- T2603 Mrs Priya Raman, Room 19
doc("Isla conference 20.10.docx", "T2603", "docx", """# Learning Conference
Date: 20 October 2025
Kaiako: Mrs Raman
Student: Isla Brown
## What Isla shared
Isla brought her planner and showed a colour-coded system she invented: green for inquiry, blue for homework, red for sport, and she has taught it to two friends who now use it too.
Isla: "I used to leave everything to the night before, but now I break the big stuff into little bits and put them in the planner."
She admitted she finds it hard when group members don't do their part and that she ends up taking over the whole slideshow.
When I suggested she ask Zoe how she wanted to split the slideshow, Isla did and they agreed on halves.
## Next steps
Practise handing over a task and checking in rather than redoing it.
""", [("S2609", TO, "2025-10-20", "conference; file name uses NZ day.month")],
    [("S2609", "Organization", "Advanced", "a colour-coded system she invented: green for inquiry, blue for homework, red for sport, and she has taught it to two friends who now use it too"),
     ("S2609", "Planning & Prioritization", "Proficient", "now I break the big stuff into little bits and put them in the planner."),
     ("S2609", "Collaboration", "Emerging", "she ends up taking over the whole slideshow"),
     ("S2609", "Relationship Skills", "Developing", "When I suggested she ask Zoe how she wanted to split the slideshow, Isla did and they agreed on halves.")],
    title="Conference Isla", author="Priya Raman", when=(2025, 10, 20, 16, 0))

doc("science inquiry - voice memo.txt", "T2603", "txt", """New Recording 14 - 23 October 2025

Kia ora, I'm Riri and this is my science inquiry about kūmara. Um. So kūmara grows in the ground. My nan grows it. It is orange. Um, I was going to do a test with different soil but I forgot to water them so they died. So I just looked it up on Google and I wrote down what it said. Kūmara came on the waka. Um. That's it. Oh and I made the poster.
""", [("S2610", PP, "2025-10-23", "solo voice memo; speaker identifies only by nickname Riri")],
    [("S2610", "Communication", "Emerging", "So kūmara grows in the ground. My nan grows it. It is orange."),
     ("S2610", "Planning & Prioritization", "Emerging", "I was going to do a test with different soil but I forgot to water them so they died."),
     ("S2610", "Critical Thinking", "Emerging", "So I just looked it up on Google and I wrote down what it said.")])

doc("reading group 3.srt", "T2603", "srt", """1
00:00:01,000 --> 00:00:08,000
Mrs Raman: Literature circle, 29/10/25. Why do you think the author ended the story with the boat leaving?

2
00:00:09,000 --> 00:00:20,000
Isla: I think it shows she's choosing to leave even though her family wants her to stay, like she's scared but she does it anyway.

3
00:00:21,000 --> 00:00:33,000
AJ: Maybe, but my family came from Fiji, and when my grandad left it wasn't brave, it was because there were no jobs. Maybe she had no choice. The book doesn't actually say.

4
00:00:34,000 --> 00:00:40,000
Riri: Yeah what AJ said.

5
00:00:41,000 --> 00:00:55,000
Zoe: Can I add on to Riri - I wonder if both are true? Isla's reading and AJ's reading could work together if she's brave AND has no choice. What do you reckon, Riri, you were nodding?

6
00:00:56,000 --> 00:01:05,000
Riri: Um, I think she's sad because she looks back at the island.

7
00:01:06,000 --> 00:01:15,000
Isla: Oh that's a good point Riri, I didn't notice that line. That changes my idea a bit.
""", [("S2609", GD, "2025-10-29", ""), ("S2610", GD, "2025-10-29", "nickname Riri"),
      ("S2611", GD, "2025-10-29", ""), ("S2612", GD, "2025-10-29", "nickname AJ")],
    [("S2612", "Critical Thinking", "Proficient", "Maybe she had no choice. The book doesn't actually say."),
     ("S2612", "Global Awareness", "Developing", "my family came from Fiji, and when my grandad left it wasn't brave, it was because there were no jobs"),
     ("S2610", "Communication", "Developing", "Um, I think she's sad because she looks back at the island."),
     ("S2611", "Collaboration", "Advanced", "Isla's reading and AJ's reading could work together if she's brave AND has no choice. What do you reckon, Riri, you were nodding?"),
     ("S2609", "Cognitive Flexibility", "Proficient", "Oh that's a good point Riri, I didn't notice that line. That changes my idea a bit."),
     ("S2609", "Social Awareness", "Developing", "I think it shows she's choosing to leave even though her family wants her to stay, like she's scared but she does it anyway.")])

doc("Zoe journal.pdf", "T2603", "pdf", """# Reflection Journal - Zoe C
Wednesday 5 November 2025
This week I had three things due: the debate, the science fair board and my piano exam. I made a timeline backwards from the exam date and moved my science board earlier because I knew piano would take over the last week. I also put in a spare day in case the printer at school was broken again, which it was.
Mrs Raman asks: What would you change?
Honestly I'd ask for help sooner. I spent two nights stuck on the graph because I didn't want to look like I didn't know.
I got frustrated at my brother when he was loud while I practised but I went into my room and put headphones on instead of yelling, which I normally do.
""", [("S2611", RJ, "2025-11-05", "")],
    [("S2611", "Planning & Prioritization", "Advanced", "I made a timeline backwards from the exam date and moved my science board earlier because I knew piano would take over the last week. I also put in a spare day in case the printer at school was broken again"),
     ("S2611", "Self-Awareness", "Proficient", "I spent two nights stuck on the graph because I didn't want to look like I didn't know."),
     ("S2611", "Self-Management", "Proficient", "I went into my room and put headphones on instead of yelling, which I normally do")],
    title="Zoe journal", author="Zoe Chen", when=(2025, 11, 5, 19, 30))

doc("peer feedback form - debate.docx", "T2603", "docx", """# Peer Feedback Form - Debate Unit
Date: 6/11/25
| Reviewer | Arjun Patel |
| Speaker | Zoe Chen |
| Topic | "Kiwi kids should be paid for chores" |
## Two stars
Zoe changed her speech on the spot when the other team said most kids already get pocket money - she used their point against them by saying that's exactly why it should be fair and linked to work.
She looked at the audience not at her cards and made the Year 7s in the front laugh.
## One wish
I think she could of used a real source instead of "everyone knows". Like a survey or something. When I checked after, her number about 80 percent of kids was from a blog that sells a chore app so it's kind of biased.
""", [("S2612", PF, "2025-11-06", "reviewer"), ("S2611", PF, "2025-11-06", "speaker being reviewed")],
    [("S2612", "Digital Literacy", "Advanced", "her number about 80 percent of kids was from a blog that sells a chore app so it's kind of biased"),
     ("S2612", "Critical Thinking", "Proficient", "I think she could of used a real source instead of \"everyone knows\"."),
     ("S2611", "Cognitive Flexibility", "Advanced", "Zoe changed her speech on the spot when the other team said most kids already get pocket money - she used their point against them"),
     ("S2611", "Communication", "Advanced", "She looked at the audience not at her cards and made the Year 7s in the front laugh.")],
    title="Peer feedback debate", author="Arjun Patel", when=(2025, 11, 6, 13, 20))

doc("FW_ Arjun - homework.eml", "T2603", "eml", """Hi Priya,

Forwarding the note I sent Arjun's tutor, thought you should see it too.

Warm regards,
Sunita Patel

-----Original Message-----
From: Sunita Patel <sunita.patel@outlook.co.nz>
Sent: Monday, 10 November 2025 6:15 PM
To: Kumon Mt Albert <mtalbert@kumon.co.nz>
Subject: Arjun - homework

Hello,
Arjun has been much more independent lately. He set up his own homework timetable on the fridge and he has been starting at 4pm every day without us saying anything. He even made one for his little sister.
He told us "I want to get the maths done first because that's the one I hate, then the rest is easy."
The only thing is he forgets his Kumon folder at school sometimes.
Regards,
Sunita
""", [("S2612", PN, "2025-11-10", "forwarded; original written to a tutor on Mon 10 Nov, forwarded 11 Nov")],
    [("S2612", "Task Initiation", "Advanced", "He set up his own homework timetable on the fridge and he has been starting at 4pm every day without us saying anything. He even made one for his little sister."),
     ("S2612", "Planning & Prioritization", "Proficient", "I want to get the maths done first because that's the one I hate, then the rest is easy."),
     ("S2612", "Organization", "Developing", "he forgets his Kumon folder at school sometimes")],
    subject="FW: Arjun - homework", frm="Sunita Patel <sunita.patel@outlook.co.nz>", to="Priya Raman <p.raman@kaurigrove.school.nz>",
    date_hdr="Tue, 11 Nov 2025 07:55:00 +1300")

doc("noticings wk 5.docx", "T2603", "docx", """# Teacher noticings - Room 19 - Week 5
| Date | Student | Noticing |
| 10/11/25 | Riri | With the checklist taped to his desk Riri got through the first three steps of the experiment, but lost track at step 4 once I walked away. |
| 11/11/25 | Isla | Isla waited her turn to speak in the debate prep and didn't interrupt once, even when the boys talked over her. |
| 12/11/25 | AJ | AJ brought in a news clip about the Pacific climate talks and asked if the class could write to the Minister; he has drafted the letter already. |
| 13/11/25 | Riri | Riri noticed Zoe was upset after the test and sat with her at morning tea without anyone suggesting it. |
| 14/11/25 | Zoe | Zoe chose a safe science experiment only after I asked her what could go wrong with the hot glue gun. |
""", [("S2610", TO, "2025-11-10", "two rows for Riri (10th and 13th); filed under first"), ("S2609", TO, "2025-11-11", ""),
      ("S2612", TO, "2025-11-12", "nickname AJ"), ("S2611", TO, "2025-11-14", "")],
    [("S2610", "Working Memory", "Developing", "With the checklist taped to his desk Riri got through the first three steps of the experiment, but lost track at step 4 once I walked away."),
     ("S2609", "Inhibitory Control", "Proficient", "Isla waited her turn to speak in the debate prep and didn't interrupt once, even when the boys talked over her."),
     ("S2612", "Global Awareness", "Advanced", "AJ brought in a news clip about the Pacific climate talks and asked if the class could write to the Minister; he has drafted the letter already."),
     ("S2611", "Responsible Decision-Making", "Developing", "Zoe chose a safe science experiment only after I asked her what could go wrong with the hot glue gun."),
     ("S2610", "Social Awareness", "Proficient", "Riri noticed Zoe was upset after the test and sat with her at morning tea without anyone suggesting it.")],
    title="Noticings wk5", author="Priya Raman", when=(2025, 11, 13, 15, 40))

doc("tutoring session.txt", "T2603", "txt", """Peer tutoring - Zoe & Isla - Tues 18 Nov 2025 (recorded on class iPad)

[00:00:03] Zoe: So Isla, do you want to start with the Scratch bit or the slides?
[00:00:07] Isla: Scratch. My sprite keeps going off the screen.
[00:00:12] Zoe: Okay, don't worry, let's find the bug together. What block makes it move?
[00:00:18] Isla: The forever loop with move ten steps.
[00:00:24] Zoe: Right, so there's nothing telling it to stop at the edge. Try adding "if on edge, bounce" and test it.
[00:00:40] Isla: It works! Can I change it to turn around instead, like a patrol?
[00:00:44] Zoe: Yes, try it, it's your game.
[00:00:50] Isla: I'll put it on my list so I don't forget - sprite patrol, then sound, then score.
""", [("S2611", PT, "2025-11-18", "tutor"), ("S2609", PT, "2025-11-18", "tutee")],
    [("S2611", "Digital Literacy", "Advanced", "Right, so there's nothing telling it to stop at the edge. Try adding \"if on edge, bounce\" and test it."),
     ("S2611", "Relationship Skills", "Advanced", "Okay, don't worry, let's find the bug together."),
     ("S2609", "Creativity & Innovation", "Developing", "Can I change it to turn around instead, like a patrol?"),
     ("S2609", "Working Memory", "Proficient", "I'll put it on my list so I don't forget - sprite patrol, then sound, then score.")])

doc("kapa haka practice reflection.txt", "T2603", "txt", """Kapa haka reflection - Rawiri K - 20/11/25

Matua said I have to stand in the front row now because I know the haka the best. I didn't want to but I did. In the group bit I just do my part when someone tells me where to stand. When the new kids got the words wrong I showed them at lunch, twice. I was nervous before the assembly and my hands were shaking, but I did my breathing like Whaea taught us and it went away.
Whaea's question: What is the haka about?
It is about our tūpuna coming to Aotearoa. I don't really know the rest.
""", [("S2610", RJ, "2025-11-20", "")],
    [("S2610", "Relationship Skills", "Proficient", "When the new kids got the words wrong I showed them at lunch, twice."),
     ("S2610", "Collaboration", "Developing", "In the group bit I just do my part when someone tells me where to stand."),
     ("S2610", "Self-Management", "Proficient", "I was nervous before the assembly and my hands were shaking, but I did my breathing like Whaea taught us and it went away.")])

doc("obs.md", "T2603", "md", """**Observation:** Zoe Chen
**Date:** 24 November 2025
**Context:** Inquiry group work, Room 19

Zoe started the group's planning doc the moment the task was given, before anyone else had opened a laptop, and then got the others going by giving each a section.
When Arjun's group was arguing about whose idea to use, Zoe went over and suggested they test both ideas with a quick poll - they did and stopped arguing.
Later she talked through the whole of Isla's turn.

Skills observed: Task Initiation - Advanced; Collaboration - Advanced; Inhibitory Control - Developing
""", [("S2611", TO, "2025-11-24", "Arjun and Isla mentioned; note is about Zoe")],
    [("S2611", "Task Initiation", "Advanced", "Zoe started the group's planning doc the moment the task was given, before anyone else had opened a laptop, and then got the others going by giving each a section."),
     ("S2611", "Social Awareness", "Advanced", "Zoe went over and suggested they test both ideas with a quick poll - they did and stopped arguing."),
     ("S2611", "Inhibitory Control", "Developing", "Later she talked through the whole of Isla's turn.")])

# ---------------------------------------------------------------- T2604 Mr Tom Gallagher, Room 3
doc("Camp Journal - Tama H.docx", "T2604", "docx", """# Year 7 Camp Journal
## Mon 3 November 2025
Name: Tama H
We did the high ropes. I was scared at the top and I froze and cried and wanted to come down but Mr G said I could do just one more bit. I did the one bit and then came down.
Mr G's question: What helped you?
Mr G talking to me the whole time. I couldn't of done it by myself.
## Tues 4 November 2025
At dinner I forgot it was our table's turn to do the dishes even though it was on the board, and Lily had to do them. I said sorry after.
When the rain came in and we had to change the night walk to a quiz I was annoyed and sat out the first round.
""", [("S2613", RJ, "2025-11-03", "Tama Hohaia in Room 3 (not Room 14's Tama Rewiri); multi-day, filed under Day 1")],
    [("S2613", "Self-Management", "Developing", "I did the one bit and then came down."),
     ("S2613", "Working Memory", "Emerging", "I forgot it was our table's turn to do the dishes even though it was on the board"),
     ("S2613", "Relationship Skills", "Developing", "I said sorry after."),
     ("S2613", "Cognitive Flexibility", "Emerging", "When the rain came in and we had to change the night walk to a quiz I was annoyed and sat out the first round.")],
    title="Camp Journal Tama H", author="Tama Hohaia", when=(2025, 11, 4, 21, 0))

doc("hockey season wrap.md", "T2604", "md", """**Name:** Lily Fonoti
**Date:** 7 November 2025
**Reflection:** Year 7 hockey team, end of season

I wasn't picked for the starting team at first and I was really disappointed, but I worked out it was because I was always late to practice, so I set an alarm on my phone for 3:15 and I haven't been late since. By week 4 I was starting.
Some of the younger girls were too shy to ask the coach things, so I started a group chat so they could ask me and I'd ask for them.
Next season I want to be captain. I'm going to ask Mr Gallagher how to get better at talking to the whole team. When I talk to the whole team I go red and say it too quickly, but I can do it if I write it down first.
""", [("S2614", RJ, "2025-11-07", "")],
    [("S2614", "Self-Awareness", "Proficient", "I worked out it was because I was always late to practice, so I set an alarm on my phone for 3:15 and I haven't been late since"),
     ("S2614", "Communication", "Developing", "When I talk to the whole team I go red and say it too quickly, but I can do it if I write it down first."),
     ("S2614", "Social Awareness", "Advanced", "Some of the younger girls were too shy to ask the coach things, so I started a group chat so they could ask me and I'd ask for them.")])

doc("group discussion - ethics.vtt", "T2604", "vtt", """WEBVTT
NOTE Room 3 - philosophy circle - 13/11/25

00:00:01.000 --> 00:00:08.000
<v Mr Gallagher>If you found $50 on the field at lunch, what should you do?

00:00:09.000 --> 00:00:13.000
<v Finn>Keep it. Finders keepers. I'd buy a pie.

00:00:14.000 --> 00:00:26.000
<v Lily>But what if it was someone's camp money? I'd feel horrible if it was mine. I'd hand it in to the office.

00:00:27.000 --> 00:00:35.000
<v Nai>Yeah, and if you kept it and someone saw you, everyone would think you're a thief, so it's not worth it.

00:00:36.000 --> 00:00:44.000
<v Finn>Okay, maybe hand it in. But what if nobody claims it?

00:00:45.000 --> 00:00:58.000
<v Tama>Um. Can you say the question again? I was doing something.

00:00:59.000 --> 00:01:10.000
<v Lily>Finn that's actually a good question. Maybe it goes to the school after a week? We could ask Mrs Tait.
""", [("S2615", GD, "2025-11-13", ""), ("S2614", GD, "2025-11-13", ""), ("S2616", GD, "2025-11-13", "nickname Nai"),
      ("S2613", GD, "2025-11-13", "'Tama' in Room 3 = Tama Hohaia")],
    [("S2615", "Responsible Decision-Making", "Emerging", "Keep it. Finders keepers. I'd buy a pie."),
     ("S2614", "Social Awareness", "Proficient", "But what if it was someone's camp money? I'd feel horrible if it was mine."),
     ("S2616", "Responsible Decision-Making", "Developing", "if you kept it and someone saw you, everyone would think you're a thief, so it's not worth it"),
     ("S2613", "Inhibitory Control", "Emerging", "Can you say the question again? I was doing something."),
     ("S2614", "Collaboration", "Proficient", "Finn that's actually a good question. Maybe it goes to the school after a week? We could ask Mrs Tait."),
     ("S2615", "Cognitive Flexibility", "Developing", "Okay, maybe hand it in. But what if nobody claims it?")])

doc("Learning conference Finn.pdf", "T2604", "pdf", """# Learning Conference - Room 3
Date: Tues 28 October 2025
Kaiako: Mr Gallagher
Student: Finn O'Connor
Whanau: Mum and Dad
Finn brought his inquiry about plastic in the Hauraki Gulf. He has read about how microplastics from other countries wash up here and explained that ocean currents connect NZ to the rubbish patch in the Pacific.
When I asked where his microplastics fact came from, Finn went back and found the website, but could not say if it was reliable.
Finn says he likes group work "when I get to be the boss". In his last group he did all the talking and the other two did not get to add anything to the slides.
His homework is now in on time most weeks once Mum reminds him on Sunday night.
Dad mentioned Finn built a working pinhole camera from a Milo tin after watching one video.
""", [("S2615", TO, "2025-10-28", "")],
    [("S2615", "Global Awareness", "Proficient", "explained that ocean currents connect NZ to the rubbish patch in the Pacific"),
     ("S2615", "Critical Thinking", "Developing", "When I asked where his microplastics fact came from, Finn went back and found the website, but could not say if it was reliable."),
     ("S2615", "Collaboration", "Emerging", "In his last group he did all the talking and the other two did not get to add anything to the slides."),
     ("S2615", "Planning & Prioritization", "Developing", "His homework is now in on time most weeks once Mum reminds him on Sunday night."),
     ("S2615", "Creativity & Innovation", "Proficient", "Finn built a working pinhole camera from a Milo tin after watching one video")],
    title="Learning Conference Finn", author="Tom Gallagher", when=(2025, 10, 28, 18, 0))

doc("Re_ Manaia.eml", "T2604", "eml", """Kia ora Tom,

Thanks for your email. Yes we've noticed the same thing at home. Manaia gets really upset when plans change - on Saturday we had to cancel the beach because of the weather and she cried and wouldn't do anything else all afternoon.

But she's been amazing with her nana. She set up the video calls with our whānau in Samoa all by herself and she's teaching Nana how to use the iPad. She told me "Mum, Nana needs big buttons, so I made the font huge and put the call app on the front page."

Ngā mihi nui,
Losa Ruatapu

> On Tue, 18 Nov 2025 at 4:02 pm, Tom Gallagher wrote:
> Kia ora Losa, just checking in about Manaia's week...
""", [("S2616", PN, "2025-11-19", "reply to teacher's email; parent note dated by Date header (Wed 19 Nov)")],
    [("S2616", "Cognitive Flexibility", "Emerging", "on Saturday we had to cancel the beach because of the weather and she cried and wouldn't do anything else all afternoon"),
     ("S2616", "Digital Literacy", "Proficient", "Mum, Nana needs big buttons, so I made the font huge and put the call app on the front page.")],
    subject="Re: Manaia", frm="Losa Ruatapu <losa.ruatapu@gmail.com>", to="Tom Gallagher <t.gallagher@kaurigrove.school.nz>",
    date_hdr="Wed, 19 Nov 2025 21:14:00 +1300")

doc("seesaw export.txt", "T2604", "txt", """Seesaw - Room 3 - exported 20/11/25
Post by Manaia Ruatapu: "My pepeha" (video)

Comment by Lily Fonoti  20/11/25 1:15 pm
Nai your pepeha was really clear and I liked how you said your mountain slowly. Next time maybe look at the camera instead of down? You kind of mumbled at the end, I could hardly hear your name.

Comment by Finn O'Connor  20/11/25 1:20 pm
cool

Comment by Mr Gallagher  20/11/25 3:30 pm
Ka rawe Manaia! Lily, thank you for specific feedback.
""", [("S2616", PF, "2025-11-20", "post author / subject"), ("S2614", PF, "2025-11-20", "commenter"),
      ("S2615", PF, "2025-11-20", "commenter")],
    [("S2614", "Communication", "Proficient", "Nai your pepeha was really clear and I liked how you said your mountain slowly. Next time maybe look at the camera instead of down?"),
     ("S2615", "Communication", "Emerging", "cool")])

doc("voice memo 0412.txt", "T2604", "txt", """Voice Memo  4/12/25  2:47 pm

Hi, I'm Tama and my inquiry is about the rāhui at our local beach. A rāhui is when iwi close an area so it can recover. At first I thought it was just a rule to annoy fishermen, because that's what my uncle said. But then I interviewed Whaea Pare from the marae and I read about the rāhui at Waiheke and the scallop numbers came back. So my uncle isn't totally right. I also found out Hawaii does something similar. My idea is to make signs in te reo and English, and QR codes that link to a video so tourists understand. I had to do the video twice because the first one my little brother was in the background. I finished all of my checkpoints by myself this time.
""", [("S2613", PP, "2025-12-04", "solo voice memo; 'Tama' dropped by T2604 = Tama Hohaia; file name 0412 = 4 Dec")],
    [("S2613", "Critical Thinking", "Proficient", "But then I interviewed Whaea Pare from the marae and I read about the rāhui at Waiheke and the scallop numbers came back. So my uncle isn't totally right."),
     ("S2613", "Global Awareness", "Developing", "I also found out Hawaii does something similar."),
     ("S2613", "Creativity & Innovation", "Proficient", "My idea is to make signs in te reo and English, and QR codes that link to a video so tourists understand."),
     ("S2613", "Task Initiation", "Proficient", "I finished all of my checkpoints by myself this time.")])

doc("noticings.docx", "T2604", "docx", """# Noticings log - Room 3
| Date | Student | Noticing |
| 24/11/25 | Finn | Finn didn't need a single reminder to get his maths book out today - but he then spent 15 min drawing on the cover. |
| 25/11/25 | Nai | Nai kept a running list of who had done which part of the group poster and shared it in the Google Doc so nobody was left out. |
| 25/11/25 | Lily | Lily has her desk, tray and Chromebook folder sorted; she labelled the shared art tub so the class can find things. |
| 26/11/25 | Tama | Tama started his writing only after I sat with him and wrote the first line together. |
""", [("S2615", TO, "2025-11-24", ""), ("S2616", TO, "2025-11-25", "nickname Nai"), ("S2614", TO, "2025-11-25", ""),
      ("S2613", TO, "2025-11-26", "")],
    [("S2615", "Task Initiation", "Proficient", "Finn didn't need a single reminder to get his maths book out today"),
     ("S2615", "Inhibitory Control", "Emerging", "but he then spent 15 min drawing on the cover"),
     ("S2616", "Collaboration", "Proficient", "Nai kept a running list of who had done which part of the group poster and shared it in the Google Doc so nobody was left out."),
     ("S2614", "Organization", "Advanced", "she labelled the shared art tub so the class can find things"),
     ("S2613", "Task Initiation", "Developing", "Tama started his writing only after I sat with him and wrote the first line together.")],
    title="Noticings Room 3", author="Tom Gallagher", when=(2025, 11, 26, 15, 30))

doc("scan 7.pdf", "T2604", "pdf", """# Parent note (typed from handwritten note in Finn's bag)
27/11/25
Mr Gallagher,
Finn has been telling us about the group poster. He says he "let the girls choose the colours this time and only did my bit." We were proud of him for that. He also said the others' idea for the title was better than his, which is new for him!
He has lost his library book - we have looked everywhere. Sorry.
Siobhan O'Connor
""", [("S2615", PN, "2025-11-27", "typed-up handwritten note")],
    [("S2615", "Collaboration", "Developing", "let the girls choose the colours this time and only did my bit."),
     ("S2615", "Organization", "Emerging", "He has lost his library book - we have looked everywhere.")],
    title="scan 7", author="Tom Gallagher", when=(2025, 11, 27, 8, 15))

doc("exit tix 3-12.txt", "T2604", "txt", """Exit tickets - Room 3 - Wed 3 Dec

Manaia: Today I learned about the Treaty of Waitangi and that there were two versions and they said different things. I wonder which one the chiefs actually agreed to because they signed the Māori one.
Still stuck: nothing
Finn: I learned stuff about the treaty. I was away for half.
Lily: I understood it when we did it in the group with the cards but by myself I got confused about which version said what.
""", [("S2616", RJ, "2025-12-03", ""), ("S2615", RJ, "2025-12-03", ""), ("S2614", RJ, "2025-12-03", "")],
    [("S2616", "Critical Thinking", "Proficient", "I wonder which one the chiefs actually agreed to because they signed the Māori one."),
     ("S2615", "Communication", "Emerging", "I learned stuff about the treaty."),
     ("S2614", "Working Memory", "Developing", "I understood it when we did it in the group with the cards but by myself I got confused about which version said what.")])

doc("peer tutor log.txt", "T2604", "txt", """Peer tutoring - spelling - 2 December 2025 - Nai (tutor) with Tama

[00:00:02] Nai: Okay Tama, we've got ten words. Which one do you want first?
[00:00:06] Tama: Dunno. That one.
[00:00:09] Nai: "Necessary." Here's a trick Whaea taught me - one collar, two sleeves. One c, two s's.
[00:00:20] Tama: Oh. N-e-c-e-s-s-a-r-y.
[00:00:25] Nai: Yes! You looked bored before so I'm gonna make it a race against the timer, yeah?
[00:00:31] Tama: Okay. Can I have a go at making a trick for "separate"?
[00:00:36] Tama: There's "a rat" in sep-a-rat-e!
""", [("S2616", PT, "2025-12-02", "tutor, nickname Nai"), ("S2613", PT, "2025-12-02", "tutee; Room 3 Tama = Tama Hohaia")],
    [("S2616", "Social Awareness", "Proficient", "You looked bored before so I'm gonna make it a race against the timer, yeah?"),
     ("S2616", "Communication", "Proficient", "Here's a trick Whaea taught me - one collar, two sleeves. One c, two s's."),
     ("S2613", "Creativity & Innovation", "Developing", "There's \"a rat\" in sep-a-rat-e!")])
