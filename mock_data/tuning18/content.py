"""All text for the Harbor Light Charter Academy blind set (tuning18). Pure data."""

E, D, P, A = "Emerging", "Developing", "Proficient", "Advanced"
SA, SM, SO, RS, RDM = ("Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
                       "Responsible Decision-Making")
WM, IC, CF, PP, ORG, TI = ("Working Memory", "Inhibitory Control", "Cognitive Flexibility",
                           "Planning & Prioritization", "Organization", "Task Initiation")
CT, COM, COL, CRE, DL, GA = ("Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
                             "Digital Literacy", "Global Awareness")
GD, PT, PR, RJ, PF, OB, PN = ("group_discussion_transcript", "peer_tutoring_transcript",
                              "project_presentation_transcript", "reflection_journal", "peer_feedback",
                              "teacher_observation_note", "parent_note")

TEACHERS = [
    ["T1901", "Adaeze Okafor", "aokafor@harborlight-charter.example", "U08HLCA1901"],
    ["T1902", "Tomas Ferreira", "tferreira@harborlight-charter.example", "U08HLCA1902"],
    ["T1903", "Huong Tran", "htran@harborlight-charter.example", "U08HLCA1903"],
    ["T1904", "Devon Whitaker", "dwhitaker@harborlight-charter.example", "U08HLCA1904"],
]
STUDENTS = [
    ["S1901", "Amina Yusuf", "6", "T1901", ""],
    ["S1902", "Luis Ortega", "6", "T1901", "Lucho"],
    ["S1903", "Marisol Vega", "6", "T1901", "Mari"],
    ["S1904", "Bao Nguyen", "6", "T1901", ""],
    ["S1905", "Luis Carmona", "7", "T1902", ""],
    ["S1906", "Fatou Diallo", "7", "T1902", ""],
    ["S1907", "Jayden Brooks", "7", "T1902", "Jay"],
    ["S1908", "Ana Lucia Reyes", "7", "T1902", "Lucy"],
    ["S1909", "Omar Haddad", "8", "T1903", ""],
    ["S1910", "Priya Raman", "8", "T1903", ""],
    ["S1911", "Daniela Cruz", "8", "T1903", "Dani"],
    ["S1912", "Tyrell Simmons", "8", "T1903", ""],
    ["S1913", "Mei Lin Chen", "7", "T1904", "Mei"],
    ["S1914", "Samuel Osei", "7", "T1904", "Sammy"],
    ["S1915", "Yasmin Farah", "7", "T1904", ""],
    ["S1916", "Gabriel Santos", "7", "T1904", "Gabe"],
]

DOCS = []

# ---------------------------------------------------------------- T1901 Ms. Okafor, grade 6 humanities + Crew Beacon
DOCS.append(dict(
    file="Exit ticket.docx", teacher="T1901",
    core=dict(author="Adaeze Okafor", title="Exit ticket", subject="Crew Beacon", created="2025-09-17T14:55",
              modified="2025-09-17T15:20"),
    blocks=[
        ("h1", "Exit Ticket - Crew Beacon"),
        ("p", "Name: Amina Y.        Date: 9/17"),
        ("p", "Answer in full sentences. This is not graded, it helps me plan tomorrow."),
        ("table", [
            ["Question", "Your answer"],
            ["What was one thing that was hard today and what did you do?",
             "The group map was hard because everyone wanted a different color. I got frustrated and I said it "
             "out loud, that was not my best. Then I took a breath and counted to five like we practiced in crew."],
            ["What is your plan for the homework?",
             "I will do the vocab first because it is due Friday, then the map on Thursday. I wrote both in my "
             "planner with the times."],
            ["Anything you want Ms. Okafor to know?",
             "I am nervous about the circle tomorrow because I don't know the new kids yet."],
        ]),
    ],
    truth=[("S1901", RJ, "2025-09-17", "Google Docs export of an exit ticket")],
    labels=[
        ("S1901", SA, P, "I am nervous about the circle tomorrow because I don't know the new kids yet."),
        ("S1901", SM, D, "I got frustrated and I said it out loud, that was not my best. Then I took a breath and counted to five like we practiced in crew."),
        ("S1901", PP, P, "I will do the vocab first because it is due Friday, then the map on Thursday."),
        ("S1901", ORG, P, "I wrote both in my planner with the times."),
    ]))

DOCS.append(dict(
    file="crew circle 9-26.txt", teacher="T1901",
    body="""Crew Beacon - restorative circle (talking piece: the seashell)
Recorded on the crew iPad, typed up by Ms. Okafor Fri 9/26
Topic: what happened at lunch yesterday (spilled tray)

[00:00:05] Ms. Okafor: Okay crew, shell goes around. What happened at lunch yesterday, and how did it affect you? You can pass.
[00:00:41] Amina: I felt embarrassed for Bao when people laughed. I didn't laugh but I didn't say anything either, and I think that is kind of the same.
[00:01:20] Lucho: (without the shell) It was funny though, it was just a tray!
[00:01:26] Ms. Okafor: Lucho, wait for the shell please.
[00:01:58] Mari: When they laughed Bao's face got red and he looked at the floor. I think he was sad, not just embarrassed. Next time I will sit with him.
[00:02:30] Bao: I am... it was bad. I don't know the word. Everybody look at me.
[00:02:50] Ms. Okafor: Thank you, Bao. Do you want to pass the shell?
[00:02:55] Bao: Yes. Pass.
[00:03:10] Lucho: Okay. Sorry Bao. I laughed because everybody laughed. I didn't think it make you feel bad.
[00:03:40] Amina: Maybe we can make a rule for our table, like if something spills we help first and we don't look.
[00:04:05] Mari: And we could ask Bao what he wants, not decide for him.
[00:04:30] Ms. Okafor: Thank you all. Closing round: one word for how you feel now.

---
Skills observed (AO): Amina - Social Awareness: Proficient | Lucho - Inhibitory Control: Emerging | Bao - Communication: Emerging
follow up w/ Lucho's mom about calling out
""",
    truth=[("S1901", GD, "2025-09-26", "restorative circle"), ("S1902", GD, "2025-09-26", "nickname Lucho"),
           ("S1903", GD, "2025-09-26", "nickname Mari"), ("S1904", GD, "2025-09-26", "")],
    labels=[
        ("S1901", SO, P, "I felt embarrassed for Bao when people laughed."),
        ("S1901", RDM, D, "I didn't laugh but I didn't say anything either, and I think that is kind of the same."),
        ("S1901", COL, P, "Maybe we can make a rule for our table, like if something spills we help first and we don't look."),
        ("S1902", IC, E, "It was funny though, it was just a tray!"),
        ("S1902", SO, E, "I laughed because everybody laughed. I didn't think it make you feel bad."),
        ("S1902", RS, D, "Okay. Sorry Bao."),
        ("S1903", SO, P, "When they laughed Bao's face got red and he looked at the floor. I think he was sad, not just embarrassed."),
        ("S1903", RS, P, "Next time I will sit with him."),
        ("S1904", COM, E, "it was bad. I don't know the word. Everybody look at me."),
    ]))

DOCS.append(dict(
    file="Bao - journal export.md", teacher="T1901",
    body="""# Journal Export

**Class:** Crew Beacon (Gr 6)
**Student:** Bao Nguyen
**Posted:** 10/8/2025 2:14 PM
**Activity:** How is school going? Write or record.

## Teacher prompt
> Bao, tell me one thing that is easy and one thing that is hard this week. What helps you?

## Bao's post
Easy: math. Numbers is same in Vietnam. I finish fast and I help Marisol with the fractions one time.

Hard: reading and talking in group. I know the answer in my head but English word not come fast so I stay quiet.

What helps: when Ms. O give me the sentence starter card. I use it 2 times today. Also I use Google Translate for the science words and I check with the picture dictionary because translate is wrong sometimes.

## Teacher comment
Bao, I noticed you raised your hand with the starter card! Try once more tomorrow - you can do it. (Ms. O)

*1 like - 0 comments from family*
""",
    truth=[("S1904", RJ, "2025-10-08", "journal export with teacher prompt and comment")],
    labels=[
        ("S1904", SA, P, "I know the answer in my head but English word not come fast so I stay quiet."),
        ("S1904", COM, D, "when Ms. O give me the sentence starter card. I use it 2 times today."),
        ("S1904", DL, P, "I use Google Translate for the science words and I check with the picture dictionary because translate is wrong sometimes."),
        ("S1904", RS, D, "I finish fast and I help Marisol with the fractions one time."),
    ]))

DOCS.append(dict(
    file="Re Lucho homework.eml", teacher="T1901",
    headers=[("From", "Rosa Ortega <rosa.ortega.fam@example.com>"),
             ("To", "Adaeze Okafor <aokafor@harborlight-charter.example>"),
             ("Subject", "Re: Lucho homework"),
             ("Date", "Wed, 15 Oct 2025 19:42:10 -0400"),
             ("Message-ID", "<hl-1902-1015@mail.example.com>")],
    body="""Hello Ms. Okafor,

Thank you for the email. Yes I see the missing work. Luis tell me "Mom I did it, I just lost the paper" and I believe him because I see him doing it on the table. But his backpack is a mess, papers everywhere, and the math folder I buy in September is gone already.

At home he start homework only when I stand next to him. If I go to cook he is on the phone watching videos.

He is good boy and he like your class a lot, he talk about the museum project every day. Can you send me the list of what he need so I can check every night?

Thank you,
Rosa Ortega (mom of Luis - Lucho)

On Tue, Oct 14, 2025 at 4:10 PM Adaeze Okafor wrote:
> Hi Ms. Ortega, Lucho is missing 3 assignments this week (vocab, map, reading log).
> He is a joy in class and I want to help him get organized. Can we talk?
> Ms. Okafor, Crew Beacon
""",
    truth=[("S1902", PN, "2025-10-15", "mother's reply; child quoted in reported speech")],
    labels=[
        ("S1902", ORG, E, "his backpack is a mess, papers everywhere, and the math folder I buy in September is gone already."),
        ("S1902", TI, E, "At home he start homework only when I stand next to him."),
        ("S1902", DL, E, "If I go to cook he is on the phone watching videos."),
    ]))

DOCS.append(dict(
    file="obs notes wk of 10-20.txt", teacher="T1901",
    body="""obs notes - wk of 10/20  (typed from my sticky notes)
Wed 10/22 - 3rd period humanities, museum project work time

MARI
- came in, got the bin, had her source cards out before the timer even started. did not need a single reminder today.
- when the Chromebook cart was late she didn't wait around - switched to sketching the exhibit layout on paper, then went back to typing when the cart came.
- asked Amina which source says 1975 because hers says 1978 -- caught the date conflict herself, went to check the library book.

LUCHO
- called out 4x during mini lesson (counted). moved seat near me after 2nd time, helped a bit.
- started only after I sat with him and wrote step 1 on a sticky. once started, worked ~10 min.
- lost his source cards again; we found them in the sci folder.

follow up: call home re: folder (mom emailed 10/15)
""",
    truth=[("S1903", OB, "2025-10-22", "two students in one note"), ("S1902", OB, "2025-10-22", "")],
    labels=[
        ("S1903", TI, P, "had her source cards out before the timer even started. did not need a single reminder today."),
        ("S1903", CF, P, "switched to sketching the exhibit layout on paper, then went back to typing when the cart came."),
        ("S1903", CT, P, "caught the date conflict herself, went to check the library book."),
        ("S1902", IC, E, "called out 4x during mini lesson (counted)."),
        ("S1902", TI, D, "started only after I sat with him and wrote step 1 on a sticky. once started, worked ~10 min."),
        ("S1902", ORG, E, "lost his source cards again; we found them in the sci folder."),
    ]))

DOCS.append(dict(
    file="peer feedback gallery walk.docx", teacher="T1901",
    core=dict(author="Adaeze Okafor", title="Gallery walk feedback", created="2025-11-06T13:30", modified="2025-11-07T07:45"),
    blocks=[
        ("h1", "Gallery Walk Feedback - Migration Museum Drafts"),
        ("p", "Reviewer: Amina Yusuf     Exhibit by: Marisol Vega     11/6"),
        ("h2", "Glow / Grow / Question"),
        ("table", [
            ["Glow", "Your timeline is really clear and the photos match the dates. I liked that you put your "
                     "grandma's quote at the top, it made me want to read more."],
            ["Grow", "Some of the captions are long so people walking by might not read them. Maybe cut them to "
                     "two sentences. I am saying this because I had the same problem on mine."],
            ["Question", "Did your grandma say if she wanted to come back?"],
        ]),
        ("h2", "Exhibit author's response (written on the back)"),
        ("p", "Thank you Amina. I will cut the captions. I am going to ask my grandma your question on Sunday and add "
              "her answer as a new panel, and I am also going to try a QR code so people can hear her voice instead "
              "of reading."),
    ],
    truth=[("S1901", PF, "2025-11-06", "reviewer"), ("S1903", PF, "2025-11-06", "subject of feedback; wrote a response")],
    labels=[
        ("S1901", COM, P, "Some of the captions are long so people walking by might not read them. Maybe cut them to two sentences."),
        ("S1901", RS, P, "I am saying this because I had the same problem on mine."),
        ("S1903", CRE, P, "I am also going to try a QR code so people can hear her voice instead of reading."),
        ("S1903", COL, P, "Thank you Amina. I will cut the captions."),
    ]))

DOCS.append(dict(
    file="scan 3.pdf", teacher="T1901", created="2025-11-19T15:40", producer="HP Smart", creator="HP Smart Scan",
    blocks=[
        ("h1", "Exit Ticket - Why do people move?"),
        ("p", "Name: ____________________      Date: 11/19"),
        ("p", "1. Name two reasons people move to a new country."),
        ("p", "war and jobs. also family is there already"),
        ("p", "2. Which reason from the reading surprised you?"),
        ("p", "that some people move because the weather change and the farm stop working. i did not know that is a reason"),
        ("p", "3. How sure do you feel about today? (circle) 1 2 3 4"),
        ("p", "3"),
        ("p", "[scanned page - no name written; handwriting in pencil]"),
    ],
    truth=[("ASK", "", "", "no name on the exit ticket; cannot tell which student")],
    labels=[]))

DOCS.append(dict(
    file="Amina conf notes Jan.pdf", teacher="T1901", created="2026-01-14T17:05", author="Adaeze Okafor",
    blocks=[
        ("h1", "Student-Led Conference Notes"),
        ("p", "Student: Amina Yusuf (Gr 6, Crew Beacon)    Date: 1/14/2026    Present: Amina, mom (Mrs. Yusuf), Ms. Okafor"),
        ("h2", "Notes"),
        ("p", "Amina led the whole conference from her portfolio without my help. She opened by saying she used to get "
              "loud when a group doesn't listen and that she now asks for a turn-taking timer before it gets bad."),
        ("p", "She set two goals: (1) finish the museum essay a week early because her family travels in February - "
              "she already broke it into four checkpoints on her calendar with a backup weekend if one slips; (2) help "
              "run the 6th grade crew orientation for new students in March."),
        ("p", "Mom shared that at home Amina taught her younger cousins the count to five strategy from crew."),
        ("p", "She has been helping Bao with reading on Tuesdays - she made him a word bank with pictures."),
        ("h2", "Next steps"),
        ("bullet", "Ms. O to connect Amina with the orientation planning team."),
        ("bullet", "Check essay checkpoint 1 on 1/28."),
    ],
    truth=[("S1901", OB, "2026-01-14", "student-led conference notes")],
    labels=[
        ("S1901", SA, A, "She opened by saying she used to get loud when a group doesn't listen and that she now asks for a turn-taking timer before it gets bad."),
        ("S1901", PP, A, "she already broke it into four checkpoints on her calendar with a backup weekend if one slips"),
        ("S1901", SM, A, "Mom shared that at home Amina taught her younger cousins the count to five strategy from crew."),
        ("S1901", RS, A, "She has been helping Bao with reading on Tuesdays - she made him a word bank with pictures."),
    ]))

DOCS.append(dict(
    file="presentation - migration museum.vtt", teacher="T1901",
    body="""WEBVTT

NOTE Migration Museum - exhibit 4 - Bao N. and Luis O. (Lucho) - recorded 2/12 in the maker space gallery

00:00:02.000 --> 00:00:09.500
<v Ms. Okafor>Okay, exhibit four, Bao and Lucho. Whenever you're ready.

00:00:10.000 --> 00:00:31.000
<v Bao>Hello. Our exhibit is about rice. My family grow rice in the Mekong Delta. Now the sea water come into the river and the rice die, so many families move to the city or to other country, like my uncle.

00:00:31.500 --> 00:00:52.000
<v Bao>This map show the salt water. In 1990 is here, now is here. We find this map on two websites and they say different numbers, so we use the one from the university, not the blog.

00:00:52.500 --> 00:01:10.000
<v Lucho>And my part is about Oaxaca, where my grandpa is from. It's kind of the same thing, there was no rain for a long time so the corn didn't grow and he came here to work.

00:01:10.500 --> 00:01:25.000
<v Lucho>Um. I forgot the next card. Wait. Okay, so we put them side by side because Bao said they are the same story in two places.

00:01:26.000 --> 00:01:40.000
<v Mr. Dang (guest)>Very nice. What can people do about it?

00:01:41.000 --> 00:02:05.000
<v Bao>I think people can use different rice that like salt. Scientists make it already. And the big countries make less pollution so the sea don't go up. I write a letter to our city council about it, Ms. O help me send it.

00:02:06.000 --> 00:02:15.000
<v Lucho>Yeah, and, um, people can save water. That's all.

00:02:16.000 --> 00:02:25.000
<v Ms. Okafor>Bao, you spoke the whole first part without your cards. Huge growth since September.
""",
    truth=[("S1904", PR, "2026-02-12", ""), ("S1902", PR, "2026-02-12", "speaker label is the nickname Lucho")],
    labels=[
        ("S1904", GA, A, "I write a letter to our city council about it, Ms. O help me send it."),
        ("S1904", CT, P, "We find this map on two websites and they say different numbers, so we use the one from the university, not the blog."),
        ("S1904", COM, D, "Now the sea water come into the river and the rice die, so many families move to the city or to other country, like my uncle."),
        ("S1902", WM, D, "Um. I forgot the next card. Wait."),
        ("S1902", COL, P, "we put them side by side because Bao said they are the same story in two places."),
        ("S1902", GA, D, "there was no rain for a long time so the corn didn't grow and he came here to work."),
    ]))

DOCS.append(dict(
    file="Lucho reflection march.md", teacher="T1901",
    body="""**Crew Beacon - Quarter 3 Reflection**

**Name:** Luis "Lucho" Ortega
**Date:** 3/11/26
**Prompt from Ms. O:** Look back at your September goal. What changed? What is still hard?

In September my goal was stop calling out. I still do it sometimes when I get excited, like in the debate, but I need fewer reminders now. Ms. O used to tell me like 5 times and now it's like 1 time. What helps is I write my idea on a sticky note and then I wait for my turn.

My folder is better. My mom checks it on Sunday and I put a color on each class. I lost my vocab once this month but I found it because it was in the red part.

Still hard: starting. I look at the page and I don't know what to do first. When somebody tells me step 1 then I can go.

> **Ms. O:** What is one thing YOU can do to start without me?

I can read the directions two times and circle the first verb. I will try.
""",
    truth=[("S1902", RJ, "2026-03-11", "")],
    labels=[
        ("S1902", SA, P, "I still do it sometimes when I get excited, like in the debate"),
        ("S1902", IC, D, "but I need fewer reminders now. Ms. O used to tell me like 5 times and now it's like 1 time."),
        ("S1902", SM, D, "What helps is I write my idea on a sticky note and then I wait for my turn."),
        ("S1902", ORG, D, "My mom checks it on Sunday and I put a color on each class."),
        ("S1902", TI, D, "I look at the page and I don't know what to do first. When somebody tells me step 1 then I can go."),
    ]))

DOCS.append(dict(
    file="tutoring notes bao amina.txt", teacher="T1901",
    body="""Reading buddies - Bao + Amina - Apr 22
Otter.ai transcript | 9 min | exported 4/22/2026

Amina  0:04
Okay so today is the article about the coral. Do you want to read first or me first?

Bao  0:09
Me first. I practice at home two time.

Amina  0:13
Nice. If you get stuck, tap the word and I'll wait, I won't just say it.

Bao  0:20
Coral reefs are... home to one quarter of all ocean... spe - species.

Amina  0:31
Yes! How did you get that?

Bao  0:33
I look at the picture and the sentence before. Like you teach me last time, I cover the word and read around it.

Amina  1:02
Okay, so the paragraph has three steps of how bleaching happens. Can you tell me them without looking?

Bao  1:10
First water get hot. Then the coral push out the algae, the little plant. Then it turn white and if stay hot long, it die. Three.

Amina  1:25
You got all three. Last month you only remembered one. Can you explain it to Ms. Okafor at share time? You can use the word bank if you want.

Bao  1:34
No word bank. I try without. If I forget, I look at my notes.

Ms. Okafor  7:48
How's it going over here?

Amina  7:50
He's doing the summary by himself now. I'm mostly just waiting. I think next time he should pick the article.
""",
    truth=[("S1901", PT, "2026-04-22", "tutor"), ("S1904", PT, "2026-04-22", "tutee")],
    labels=[
        ("S1901", RS, A, "If you get stuck, tap the word and I'll wait, I won't just say it."),
        ("S1901", COL, A, "He's doing the summary by himself now. I'm mostly just waiting. I think next time he should pick the article."),
        ("S1904", WM, P, "First water get hot. Then the coral push out the algae, the little plant. Then it turn white and if stay hot long, it die."),
        ("S1904", TI, P, "Me first. I practice at home two time."),
        ("S1904", SM, P, "No word bank. I try without. If I forget, I look at my notes."),
    ]))

# ---------------------------------------------------------------- T1902 Mr. Ferreira, grade 7 maker space
DOCS.append(dict(
    file="Maker log - Fatou.docx", teacher="T1902",
    core=dict(author="Fatou Diallo", title="Maker Log - Fatou", subject="Cardboard Challenge",
              keywords="maker log; prototype", created="2025-09-10T13:12", modified="2025-09-10T14:01"),
    blocks=[
        ("h1", "Maker Log #2 - Cardboard Challenge"),
        ("p", "Maker: Fatou D.  |  Project: phone stand  |  Period 5"),
        ("table", [
            ["Date", "What I did", "What went wrong", "Next step"],
            ["9/10", "Built the first prototype of the phone stand from the cereal box.",
             "It tipped over when I put Mom's phone on it because the back leg was too short.",
             "Make the back leg longer and add a triangle brace. I got the triangle idea from the bridges video, "
             "not from the example on the board."],
        ]),
        ("h2", "Reflection"),
        ("p", "I don't like when things fail in front of people, my face gets hot. But today I said okay, this is "
              "data, like Mr. F says. I want to finish by Friday so I need to cut the new pieces tomorrow at the "
              "start, not at the end."),
    ],
    truth=[("S1906", RJ, "2025-09-10", "design log shared as Google Doc")],
    labels=[
        ("S1906", CRE, P, "I got the triangle idea from the bridges video, not from the example on the board."),
        ("S1906", SA, P, "I don't like when things fail in front of people, my face gets hot."),
        ("S1906", SM, D, "But today I said okay, this is data, like Mr. F says."),
        ("S1906", PP, D, "I want to finish by Friday so I need to cut the new pieces tomorrow at the start, not at the end."),
    ]))

DOCS.append(dict(
    file="build team standup 9_30.srt", teacher="T1902",
    body="""1
00:00:01,000 --> 00:00:06,000
Mr. F: Standup, two minutes each. What did you do, what's next, what's blocking you.

2
00:00:07,000 --> 00:00:19,000
Lucy: Yesterday I finished the motor mount. Next is wiring. Blocking: nothing, but I made a checklist for the team on the whiteboard so we stop losing the screws.

3
00:00:20,000 --> 00:00:31,000
Jay: Uh, I didn't really do anything yesterday. I was gonna do the ramp but then it was lunch. I'll do it today. Probably.

4
00:00:32,000 --> 00:00:45,000
Luis: I tested the ramp angle already, Jay, sorry, I didn't know you wanted it. It works at 30 degrees but at 40 the marble flies off. So maybe you can do the catch cup instead?

5
00:00:46,000 --> 00:00:52,000
Jay: Whatever. Fine. The ramp was the only fun part.

6
00:00:53,000 --> 00:01:10,000
Fatou: Jay, the catch cup is actually the hardest part, it has to stop the marble without bouncing. I can show you the foam thing I tried. Next for me is the trigger. Blocking: the hot glue gun at our table is broken.

7
00:01:11,000 --> 00:01:20,000
Lucy: There's a working one in bin C. I labeled them last week.

8
00:01:21,000 --> 00:01:30,000
Mr. F: Great. Jay, catch cup, and check in with Fatou. Let's go.

9
00:01:31,000 --> 00:01:38,000
Jay: Okay. Fatou can you show me the foam now before I forget?
""",
    truth=[("S1908", GD, "2025-09-30", "Lucy"), ("S1907", GD, "2025-09-30", "Jay"),
           ("S1905", GD, "2025-09-30", "Luis C. (this teacher's only Luis)"), ("S1906", GD, "2025-09-30", "")],
    labels=[
        ("S1908", ORG, A, "I made a checklist for the team on the whiteboard so we stop losing the screws."),
        ("S1907", TI, E, "I didn't really do anything yesterday. I was gonna do the ramp but then it was lunch."),
        ("S1907", CF, E, "Whatever. Fine. The ramp was the only fun part."),
        ("S1905", CT, P, "It works at 30 degrees but at 40 the marble flies off."),
        ("S1905", RS, P, "I tested the ramp angle already, Jay, sorry, I didn't know you wanted it."),
        ("S1906", SO, P, "Jay, the catch cup is actually the hardest part, it has to stop the marble without bouncing."),
        ("S1906", COL, P, "I can show you the foam thing I tried."),
    ]))

DOCS.append(dict(
    file="sticky notes - maker space.txt", teacher="T1902",
    body="""typed sticky notes -- maker space, Thurs 10/9 (6th + 7th period)

[yellow] Jay - at laser cutter 12 min before starting design. kept asking if he could just watch someone else first.
[yellow] Jay - once I gave him the 3-step card (open template / change 1 thing / export) he finished. forgot step 3 (export) - needed reminder.
[pink] Jay - NOT the kid who gives up: he re-cut the piece 3 times when the kerf was off. He just needs the first push.
[green] Lucy - noticed Omar's little sister (visiting w/ the 8th graders) couldn't reach the bin, got her a stool without being asked.
[green] Lucy - set up the safety-glasses sign-out sheet herself, now other kids use it.
[blue] Lucy - disagreed w/ her partner about the design and suggested they test both and pick with data - they did.
""",
    truth=[("S1907", OB, "2025-10-09", "Jay"), ("S1908", OB, "2025-10-09", "Lucy")],
    labels=[
        ("S1907", TI, E, "at laser cutter 12 min before starting design."),
        ("S1907", WM, D, "forgot step 3 (export) - needed reminder."),
        ("S1907", SM, P, "NOT the kid who gives up: he re-cut the piece 3 times when the kerf was off."),
        ("S1908", SO, P, "couldn't reach the bin, got her a stool without being asked."),
        ("S1908", ORG, A, "set up the safety-glasses sign-out sheet herself, now other kids use it."),
        ("S1908", COL, P, "disagreed w/ her partner about the design and suggested they test both and pick with data"),
    ]))

DOCS.append(dict(
    file="jayden mom email.eml", teacher="T1902",
    headers=[("From", "Keisha Brooks <kbrooks.home@example.net>"),
             ("To", "Tomas Ferreira <tferreira@harborlight-charter.example>"),
             ("Subject", "Jayden - homework at home"),
             ("Date", "Tue, 28 Oct 2025 21:06:44 -0400"),
             ("Message-ID", "<kb-20251028-jb@example.net>")],
    body="""Good evening Mr. Ferreira,

I wanted to reach out about Jayden. He came home Friday so excited and said "Mr. F said my arcade idea is the most creative in the class." I love that he is excited about something at school again.

But I am seeing the same thing at home as you said in the progress report. He will not start his homework until I ask three or four times, and then it is 9pm and he is tired. Last night he told me he was "waiting to feel like it."

He is not lazy. When he finally starts he can sit for an hour with the cardboard stuff. He built a whole pinball machine in the garage on Saturday without anybody telling him to.

Any tips for getting him started? We are trying a timer.

Thank you,
Keisha Brooks
""",
    truth=[("S1907", PN, "2025-10-28", "mother; child quoted")],
    labels=[
        ("S1907", TI, E, "He will not start his homework until I ask three or four times, and then it is 9pm and he is tired."),
        ("S1907", CRE, P, "He built a whole pinball machine in the garage on Saturday without anybody telling him to."),
        ("S1907", IC, P, "When he finally starts he can sit for an hour with the cardboard stuff."),
    ]))

DOCS.append(dict(
    file="Fwd Fatou - absence and project.eml", teacher="T1902",
    headers=[("From", "Grace Liu <office@harborlight-charter.example>"),
             ("To", "Tomas Ferreira <tferreira@harborlight-charter.example>"),
             ("Subject", "Fwd: Fatou absence"),
             ("Date", "Thu, 13 Nov 2025 08:31:02 -0500"),
             ("Message-ID", "<office-fwd-1113@harborlight-charter.example>")],
    body="""Hi Tomas, forwarding this from Fatou's dad - he called too. - Grace (front office)

---------- Forwarded message ---------
From: Mamadou Diallo <m.diallo.family@example.com>
Date: Thu, Nov 13, 2025 at 7:05 AM
Subject: Fatou absence
To: <office@harborlight-charter.example>

Good morning,

Fatou will be absent Friday 11/14 to Tuesday 11/18, we travel to Atlanta for family funeral.

She is very worried about the maker project. Last night she made a list of what she will miss and she already email her group the files so they can continue. She ask her friend Lucy to take pictures of the board for her. She say she will work on the design on the laptop in the hotel if there is wifi.

Sorry for the short notice.
Mamadou Diallo
""",
    truth=[("S1906", PN, "2025-11-13", "forwarded by front office; father's email")],
    labels=[
        ("S1906", PP, A, "Last night she made a list of what she will miss and she already email her group the files so they can continue."),
        ("S1906", RS, P, "She ask her friend Lucy to take pictures of the board for her."),
    ]))

DOCS.append(dict(
    file="peer critique cardboard arcade.md", teacher="T1902",
    body="""# Peer Critique - Cardboard Arcade (round 2)

**Date:** 12/4
**Reviewer:** Ana Lucia R. (Lucy)
**Game:** Moon Bounce by Jayden B.
**Protocol:** I like / I wonder / What if

**I like:** The ramp that flips when you hit the switch is so cool, nobody else has a moving part. The scoring is easy to understand because you put the numbers big on the holes.

**I wonder:** I wonder if little kids at the showcase can reach the lever, it's kind of high. When I played it, the ball got stuck in the corner 2 out of 5 times.

**What if:** What if you used the foam from Fatou's catch cup in the corner so the ball rolls out? I can help you cut it at lunch.

---
**Jayden's response:**

At first I was mad because I thought it was done. But the stuck ball thing is true, I saw it happen to Sammy's brother too. I'm going to lower the lever and try a curved piece in the corner instead of foam, because foam would make the ball slow. If the curve doesn't work I'll try Lucy's foam idea.
""",
    truth=[("S1908", PF, "2025-12-04", "reviewer"), ("S1907", PF, "2025-12-04", "game author, wrote response")],
    labels=[
        ("S1908", CT, P, "When I played it, the ball got stuck in the corner 2 out of 5 times."),
        ("S1908", SO, P, "I wonder if little kids at the showcase can reach the lever, it's kind of high."),
        ("S1908", COM, P, "The scoring is easy to understand because you put the numbers big on the holes."),
        ("S1907", SA, D, "At first I was mad because I thought it was done."),
        ("S1907", CRE, P, "try a curved piece in the corner instead of foam, because foam would make the ball slow."),
        ("S1907", CF, P, "If the curve doesn't work I'll try Lucy's foam idea."),
    ]))

DOCS.append(dict(
    file="Luis C tutoring 1-22.txt", teacher="T1902",
    body="""Laser cutter training - peer tutor session
Otter.ai | Jan 22, 2026 | 11 min
Speakers: Luis C. (7th, maker space tutor), Luis O. (6th, Ms. Okafor's crew), Mr. Ferreira

Luis C.  0:03
Okay Luis, same name club. Before we touch anything, what are the three things you check before you hit start?

Luis O.  0:10
Um. The glasses? And... I don't remember.

Luis C.  0:15
That's okay, I didn't remember either my first time. Glasses, the fan is on, and you never leave the machine while it's cutting. Say them back to me.

Luis O.  0:24
Glasses, fan, don't leave.

Luis C.  0:27
Perfect. Now your file. See how the lines are blue? Blue means engrave. If you want it to cut all the way through, it has to be red and the line has to be thin, like 0.001. I made a little cheat sheet, it's taped on the side.

Luis C.  1:40
Hm, it's not cutting through. That's not your file. I think the lens is dirty or the power went back to default from the last class. Let me check the settings before we blame the design. Yeah, someone set it to 40 percent. I'll put it back to 70 and write it on the log so Mr. F knows.

Mr. Ferreira  2:30
Nice troubleshooting, Luis C.

Luis O.  2:34
Can I press the button this time?

Luis C.  2:36
Yes, you do it. I'll just watch. You got this.
""",
    truth=[("S1905", PT, "2026-01-22", "tutor; tutee Luis O. is Ms. Okafor's student, not this teacher's")],
    labels=[
        ("S1905", RS, A, "That's okay, I didn't remember either my first time."),
        ("S1905", DL, A, "I think the lens is dirty or the power went back to default from the last class. Let me check the settings before we blame the design."),
        ("S1905", COM, P, "Blue means engrave. If you want it to cut all the way through, it has to be red and the line has to be thin, like 0.001."),
        ("S1905", ORG, A, "I made a little cheat sheet, it's taped on the side."),
        ("S1905", RDM, P, "Glasses, the fan is on, and you never leave the machine while it's cutting."),
    ]))

DOCS.append(dict(
    file="arcade showcase.txt", teacher="T1902",
    body="""Cardboard Arcade Showcase - Feb 5 - Jayden B. - Moon Bounce
(phone recording, auto transcript, cleaned up a little by Mr. F. No speaker labels - it's mostly Jay, a couple of questions from visitors.)

So this is Moon Bounce. You pull the lever and the ball goes up the ramp and the ramp flips and you try to get it in the moon holes. The moon holes are worth more because they're smaller.

Um, the first version the ball kept getting stuck in the corner so I put a curved piece, which worked, mostly. And I lowered the lever because the little kids couldn't reach.

How long did it take you?

Like three weeks. Honestly I started late. I wasted the first week. But then I made a list on my phone of every part and did one a day.

What would you change?

I'd make it out of wood on the laser cutter instead of cardboard so it lasts. Luis already showed me how to do the file. Also maybe add a light that turns on when you win, I'd need to learn the circuit thing with Fatou.

Okay, thanks for playing, next person.
""",
    truth=[("S1907", PR, "2026-02-05", "no speaker labels; presenter named in header")],
    labels=[
        ("S1907", COM, D, "So this is Moon Bounce. You pull the lever and the ball goes up the ramp and the ramp flips and you try to get it in the moon holes."),
        ("S1907", SA, P, "Honestly I started late. I wasted the first week."),
        ("S1907", PP, D, "But then I made a list on my phone of every part and did one a day."),
        ("S1907", CRE, P, "the first version the ball kept getting stuck in the corner so I put a curved piece, which worked, mostly."),
        ("S1907", SO, P, "And I lowered the lever because the little kids couldn't reach."),
    ]))

DOCS.append(dict(
    file="Lucy obs.pdf", teacher="T1902", created="2026-03-05T16:20", author="Tomas Ferreira",
    blocks=[
        ("h1", "Observation - Ana Lucia Reyes (Lucy) - Gr 7 Maker Space"),
        ("p", "Date: 3/5/2026    Observer: T. Ferreira    Setting: robotics build, day after a sub"),
        ("p", "On Tuesday I was out and the sub's plan fell apart when the 3D printers went down. According to the "
              "sub's note, Lucy suggested the class switch to the cardboard prototyping stations and wrote a new "
              "rotation on the board so every team got a turn."),
        ("p", "Today her team of four argued about whether to use wheels or treads. Lucy did not take a side right "
              "away. She asked each person to give one reason, wrote them in two columns, and proposed a quick test. "
              "When a teammate got frustrated and said he was done, she gave him the timer job so he stayed in the "
              "group. The team agreed on treads after the test."),
        ("p", "She also keeps a parts inventory spreadsheet that she built in January; two other teams copied her "
              "template this week."),
        ("p", "Next step: let her co-lead the 6th grade maker orientation."),
    ],
    truth=[("S1908", OB, "2026-03-05", "")],
    labels=[
        ("S1908", CF, A, "Lucy suggested the class switch to the cardboard prototyping stations and wrote a new rotation on the board so every team got a turn."),
        ("S1908", COL, A, "She asked each person to give one reason, wrote them in two columns, and proposed a quick test."),
        ("S1908", RS, A, "When a teammate got frustrated and said he was done, she gave him the timer job so he stayed in the group."),
        ("S1908", ORG, A, "She also keeps a parts inventory spreadsheet that she built in January; two other teams copied her template this week."),
    ]))

DOCS.append(dict(
    file="jay reflection april.docx", teacher="T1902",
    core=dict(author="Jayden Brooks", title="Q4 Self-Check", created="2026-04-16T10:02", modified="2026-04-16T10:40"),
    blocks=[
        ("h1", "Q4 Self-Check - Jayden Brooks"),
        ("p", "Maker Space 7 - Mr. Ferreira - 4/16"),
        ("table", [
            ["Prompt", "My answer"],
            ["Skill I worked on", "Starting stuff (task initiation)"],
            ["Where I was in the fall", "I used to wait until the last day, or until my mom asked like four times. "
                                        "In the standup in September I said I didn't do anything and that was true."],
            ["Where I am now", "Now I start the same day we get the project. I don't wait to feel like it anymore. "
                               "I set a 5 minute timer and tell myself I only have to do 5 minutes, and usually I keep going."],
            ["Proof", "For the robot challenge I had my parts list done on the first day. I also got my brother to use "
                      "the 5 minute timer for his reading and he actually did it."],
            ["What's still hard", "Planning big projects. I still guess wrong on how long things take. The light "
                                  "circuit took 3 days, not 1."],
        ]),
        ("p", "Teacher check: Task Initiation - Proficient (TF)"),
    ],
    truth=[("S1907", RJ, "2026-04-16", "self-check; growth since fall")],
    labels=[
        ("S1907", TI, P, "Now I start the same day we get the project. I don't wait to feel like it anymore."),
        ("S1907", SM, P, "I set a 5 minute timer and tell myself I only have to do 5 minutes, and usually I keep going."),
        ("S1907", PP, D, "I still guess wrong on how long things take. The light circuit took 3 days, not 1."),
        ("S1907", SA, P, "I used to wait until the last day, or until my mom asked like four times."),
    ]))

DOCS.append(dict(
    file="fatou-final-pitch.vtt", teacher="T1902",
    body="""WEBVTT

NOTE Maker Space Final Pitch - Team FilterUp (Fatou D., Lucy R.) - 5/14/2026 - panel: Mr. Ferreira, Ms. Adebayo (guest, city water dept.)

00:00:03.000 --> 00:00:24.000
<v Fatou>Good morning. Two billion people don't have safe drinking water at home. In my dad's village in Senegal, my cousins walk forty minutes for water and it still makes them sick. We built a low-cost filter from sand, charcoal and a plastic bottle.

00:00:24.500 --> 00:00:48.000
<v Lucy>We tested it with pond water from the park. We measured turbidity with the school's sensor before and after, three trials each. It went from 85 to 9 NTU on average. But we want to be honest: clearer doesn't mean safe. Our filter doesn't kill bacteria.

00:00:48.500 --> 00:01:15.000
<v Fatou>So we read two studies that disagreed. One said sand filters remove most bacteria after a few weeks when a bio layer grows, the other said it depends on how you use it. We think both are right, the layer works only if the water flows slow and you don't let it dry out. So our version two has a valve to keep it slow.

00:01:16.000 --> 00:01:25.000
<v Ms. Adebayo>What would you need to take this further?

00:01:25.500 --> 00:01:50.000
<v Fatou>A real lab test for E. coli. And I already emailed an organization in Dakar that does water projects, to ask what families there actually want, because maybe a filter is not what they need, maybe it's a well. I don't want to design for them without asking.

00:01:50.500 --> 00:02:10.000
<v Lucy>And if I can add, anyone who wants the build guide, we made it in English, Spanish and French, the QR code is on the poster. My abuela helped with the Spanish.

00:02:11.000 --> 00:02:20.000
<v Mr. Ferreira>Thank you both. Questions from the audience?
""",
    truth=[("S1906", PR, "2026-05-14", ""), ("S1908", PR, "2026-05-14", "file named for Fatou; Lucy also presents")],
    labels=[
        ("S1906", GA, A, "I already emailed an organization in Dakar that does water projects, to ask what families there actually want"),
        ("S1906", CT, A, "We think both are right, the layer works only if the water flows slow and you don't let it dry out."),
        ("S1906", SO, A, "I don't want to design for them without asking."),
        ("S1908", CT, P, "But we want to be honest: clearer doesn't mean safe. Our filter doesn't kill bacteria."),
        ("S1908", COM, A, "we made it in English, Spanish and French, the QR code is on the poster."),
    ]))

# ---------------------------------------------------------------- T1903 Ms. Tran, grade 8 ELA + crew
DOCS.append(dict(
    file="Socratic seminar 9.19 otter.txt", teacher="T1903",
    body="""Socratic Seminar - Should our school ban phones? - 8th ELA P2
Otter.ai  Sep 19, 2025  14 min
Speakers: Ms. Tran, Omar, Priya, Dani, Tyrell

Ms. Tran  0:02
Inner circle, go ahead. Use the article and the survey data.

Tyrell  0:10
Phones should be banned, period. Everybody knows phones are bad for your brain.

Omar  0:18
I mean, where does it say that though? The article says the study was only 200 kids in one district and it was paid for by a company that sells phone lockers. So I don't know if I trust it that much.

Priya  0:35
That's a good point, Omar. But the survey from our own school says 61 percent of us check our phone during class. That's our data, not a company's.

Tyrell  0:48
See, so I'm right.

Dani  0:52
Um, I agree with Priya.

Ms. Tran  0:55
Dani, can you say more? Why?

Dani  1:00
Because... the survey. I don't know. I agree.

Tyrell  1:05
This is dumb, we're just going in circles.

Priya  1:10
Tyrell, I hear you, you want a decision. Let's each name one thing the ban would fix and one thing it would break, and then decide.

Omar  1:22
It would break the kids who need to text their parents after school, like me when I pick up my sister. So maybe lockers during class but phones at lunch.

Tyrell  1:35
Yeah okay, that's actually fair.

---
HT notes after class: Tyrell - Critical Thinking: Emerging, Self-Management: Emerging. Dani - quiet again, check in. Omar + Priya carried it.
""",
    truth=[("S1912", GD, "2025-09-19", ""), ("S1909", GD, "2025-09-19", ""), ("S1910", GD, "2025-09-19", ""),
           ("S1911", GD, "2025-09-19", "Dani")],
    labels=[
        ("S1912", CT, E, "Phones should be banned, period. Everybody knows phones are bad for your brain."),
        ("S1912", SM, E, "This is dumb, we're just going in circles."),
        ("S1912", CF, D, "Yeah okay, that's actually fair."),
        ("S1909", CT, A, "the study was only 200 kids in one district and it was paid for by a company that sells phone lockers. So I don't know if I trust it that much."),
        ("S1909", RDM, P, "It would break the kids who need to text their parents after school, like me when I pick up my sister. So maybe lockers during class but phones at lunch."),
        ("S1910", CT, P, "But the survey from our own school says 61 percent of us check our phone during class. That's our data, not a company's."),
        ("S1910", SO, P, "Tyrell, I hear you, you want a decision."),
        ("S1910", COL, A, "Let's each name one thing the ban would fix and one thing it would break, and then decide."),
        ("S1911", COM, E, "Because... the survey. I don't know. I agree."),
    ]))

DOCS.append(dict(
    file="Tyrell - restorative convo.docx", teacher="T1903",
    core=dict(author="Huong Tran", title="Restorative conversation record", subject="confidential - crew",
              created="2025-10-02T15:48", modified="2025-10-02T16:10"),
    blocks=[
        ("h1", "Restorative Conversation Record"),
        ("table", [
            ["Student", "Tyrell Simmons (Gr 8)"],
            ["Date", "10/2/2025"],
            ["Facilitator", "H. Tran"],
            ["Incident", "Hallway argument after lunch; left class without permission"],
        ]),
        ("h2", "What happened"),
        ("p", "Tyrell came in still very heated. He kicked the chair once. For the first ten minutes he kept saying "
              "it was not his fault and that the other kid started it, and would not say how he felt beyond fine."),
        ("p", "After a walk and water, he was able to say he was embarrassed because people were recording. He could "
              "not yet say what he would do differently next time and asked to be left alone."),
        ("h2", "Who was affected"),
        ("p", "Tyrell named only himself at first. With prompting he agreed Marcus (7th grade, not in my crew) was "
              "affected and that the class lost 10 min."),
        ("h2", "Agreement"),
        ("bullet", "Tyrell will use the break pass (signal: two fingers on desk) instead of leaving."),
        ("bullet", "Check-in with Ms. Tran on Mondays for 3 weeks."),
    ],
    truth=[("S1912", OB, "2025-10-02", "restorative conversation record")],
    labels=[
        ("S1912", SA, E, "For the first ten minutes he kept saying it was not his fault and that the other kid started it, and would not say how he felt beyond fine."),
        ("S1912", SM, E, "Tyrell came in still very heated. He kicked the chair once."),
        ("S1912", SO, E, "Tyrell named only himself at first."),
        ("S1912", RDM, D, "With prompting he agreed Marcus (7th grade, not in my crew) was affected and that the class lost 10 min."),
    ]))

DOCS.append(dict(
    file="Priya_journal_10-16.md", teacher="T1903",
    body="""**Journal post**
**Student:** Priya R.
**Class:** 8th ELA - Ms. Tran
**Date posted:** Oct 16, 2025

**Prompt (Ms. Tran):** After reading Refugee chapters 5-8, write about a time you felt like an outsider. How did you handle it? What would you tell Mahmoud?

I felt like an outsider in 5th grade when we moved from Chennai and kids asked why my lunch smelled. I was angry but mostly ashamed, and I stopped eating lunch in the cafeteria. Now I can see that the shame was the worst part, because it made me hide.

I would tell Mahmoud that being invisible keeps you safe but it also keeps people from knowing you. In the book he chooses to be seen, which is brave.

What I noticed this week reading the news for our current events log: the refugees in the book are fictional but the numbers are real, more than 100 million people are displaced right now, and a lot of them are kids our age. I want to find out what our city does for refugee families, because there are new families in our school too.

**Teacher comment:** Priya, this is powerful. Have you thought about sharing this in crew? (HT)
""",
    truth=[("S1910", RJ, "2025-10-16", "")],
    labels=[
        ("S1910", SA, P, "I was angry but mostly ashamed, and I stopped eating lunch in the cafeteria. Now I can see that the shame was the worst part, because it made me hide."),
        ("S1910", GA, P, "the refugees in the book are fictional but the numbers are real, more than 100 million people are displaced right now, and a lot of them are kids our age."),
        ("S1910", SO, P, "I would tell Mahmoud that being invisible keeps you safe but it also keeps people from knowing you."),
    ]))

DOCS.append(dict(
    file="dani's mom.eml", teacher="T1903",
    headers=[("From", "Lorena Cruz <lorenacruz77@example.com>"),
             ("To", "Huong Tran <htran@harborlight-charter.example>"),
             ("Subject", "Daniela reading"),
             ("Date", "Thu, 30 Oct 2025 20:15:09 -0500"),
             ("Message-ID", "<lc-dani-1030@example.com>")],
    body="""Hello Miss Tran,

I am Lorena, mother of Daniela (Dani). My english is not so good, sorry.

Dani say to me "mami I am not good in reading, I am the worst in the class." She cry on Sunday. I tell her this is not true.

But I want to tell you a good thing. Since the conference she read every night 20 minutes before bed without me telling her. She put a alarm on her phone at 8:30 for reading. Also she read to her little brother in Spanish and English.

In class she is shy to talk, she tell me she know the answer but she is scared the other kids laugh.

Thank you for your patience with her.
Lorena Cruz
""",
    truth=[("S1911", PN, "2025-10-30", "mother; child quoted in reported speech")],
    labels=[
        ("S1911", TI, P, "Since the conference she read every night 20 minutes before bed without me telling her."),
        ("S1911", SM, P, "She put a alarm on her phone at 8:30 for reading."),
        ("S1911", COM, E, "In class she is shy to talk, she tell me she know the answer but she is scared the other kids laugh."),
    ]))

DOCS.append(dict(
    file="peer review argumentative essays.pdf", teacher="T1903", created="2025-11-20T14:10", author="Huong Tran",
    blocks=[
        ("h1", "Peer Review - Argumentative Essay Draft 1"),
        ("p", "Writer: Tyrell S.    Reviewer: Omar H.    Date: 11/20/2025"),
        ("table", [
            ["Criterion", "Reviewer comments"],
            ["Claim", "Your claim is clear: the city should keep the rec center open. I would put it in the first paragraph instead of the end."],
            ["Evidence", "You use the attendance numbers, which is strong. But the quote from your cousin is not really evidence, it's an opinion. The opposing side would say it costs $400,000 a year and you never answer that. If you find what the money is actually spent on you can beat their argument."],
            ["Counterclaim", "Missing. Try: Some people think ___, but ___."],
            ["Overall", "Honestly it's the most passionate essay I read today. I don't think you need to change your voice, just back it up."],
        ]),
        ("h2", "Writer's response"),
        ("p", "Ok I see the cousin thing. I didn't know an opinion doesn't count as evidence if it's a real person. I "
              "will look up the budget on the city website and add a counterclaim. I was mad when I first read this "
              "but Omar is right about the $400,000."),
    ],
    truth=[("S1909", PF, "2025-11-20", "reviewer"), ("S1912", PF, "2025-11-20", "writer; wrote response")],
    labels=[
        ("S1909", CT, A, "The opposing side would say it costs $400,000 a year and you never answer that. If you find what the money is actually spent on you can beat their argument."),
        ("S1909", RS, P, "Honestly it's the most passionate essay I read today. I don't think you need to change your voice, just back it up."),
        ("S1912", CT, D, "I didn't know an opinion doesn't count as evidence if it's a real person. I will look up the budget on the city website and add a counterclaim."),
        ("S1912", SA, D, "I was mad when I first read this but Omar is right about the $400,000."),
    ]))

DOCS.append(dict(
    file="omar conf.txt", teacher="T1903",
    body="""conf w/ Omar - 12/10 - during advisory
(typed after, from my notebook)

- Omar asked for this meeting himself. wanted to talk about his grade in the research unit (B-)
- he already knew why: he did the research in like 3 days but didn't leave time for the works cited and it cost him. he is not someone who blames the teacher - pointed at his own calendar.
- his plan for the next unit: started a Google Sheet with every deadline for ELA, science and robotics on one tab, color coded, and he added buffer days before the big ones. showed it to me on his phone.
- he is also juggling picking up his sister 3x/wk - his sheet has those blocked off.
- says he wants to be debate captain next year. suggested he help run the 7th grade seminar practice in Feb.
- talked about his sources - he's been using AllSides to compare how news sites cover the same story. taught the rest of his table how.

next: check in 1/15
""",
    truth=[("S1909", OB, "2025-12-10", "conference notes")],
    labels=[
        ("S1909", SA, P, "he already knew why: he did the research in like 3 days but didn't leave time for the works cited and it cost him."),
        ("S1909", PP, A, "started a Google Sheet with every deadline for ELA, science and robotics on one tab, color coded, and he added buffer days before the big ones."),
        ("S1909", ORG, A, "he is also juggling picking up his sister 3x/wk - his sheet has those blocked off."),
        ("S1909", DL, A, "he's been using AllSides to compare how news sites cover the same story. taught the rest of his table how."),
        ("S1909", TI, P, "Omar asked for this meeting himself."),
    ]))

DOCS.append(dict(
    file="tutoring - Dani + Priya.vtt", teacher="T1903",
    body="""WEBVTT

NOTE 8th ELA writing lab - peer tutoring - Priya R. (tutor) with Dani C. - 1/28/26

00:00:01.000 --> 00:00:12.000
<v Priya>So what's your body paragraph about? Just tell me, don't read it.

00:00:12.500 --> 00:00:25.000
<v Dani>It's about how the character, Josie, changes. She is selfish in the beginning and then, um, at the end she gives the money to her sister.

00:00:25.500 --> 00:00:35.000
<v Priya>That's literally your claim, you just said it better out loud than on paper. Write that down exactly.

00:00:35.500 --> 00:00:50.000
<v Dani>Okay. And for evidence I have the part on page 42 where she hides the money. And page 118. I put sticky notes so I don't lose them.

00:00:50.500 --> 00:01:05.000
<v Priya>Good. Now how does page 42 prove she's selfish? Don't just drop the quote.

00:01:05.500 --> 00:01:30.000
<v Dani>Because she knows her sister needs it for the bus and she still hides it. So she is thinking about herself only. Wait, but on page 43 she feels guilty, so maybe she is not totally selfish, she is more... scared? I can say she is scared of being poor and that makes her selfish.

00:01:31.000 --> 00:01:40.000
<v Ms. Tran>Dani, that's a much more interesting claim. Nice thinking, both of you.

00:01:40.500 --> 00:01:52.000
<v Dani>Thank you. Priya, can I read it to you again tomorrow before I turn it in?

00:01:52.500 --> 00:02:00.000
<v Priya>Yes, but you're going to read it to the whole group Friday. You're ready.
""",
    truth=[("S1910", PT, "2026-01-28", "tutor"), ("S1911", PT, "2026-01-28", "tutee")],
    labels=[
        ("S1911", CT, P, "I can say she is scared of being poor and that makes her selfish."),
        ("S1911", ORG, P, "I put sticky notes so I don't lose them."),
        ("S1911", COM, D, "It's about how the character, Josie, changes. She is selfish in the beginning and then, um, at the end she gives the money to her sister."),
        ("S1911", CF, P, "Wait, but on page 43 she feels guilty, so maybe she is not totally selfish"),
        ("S1910", RS, A, "That's literally your claim, you just said it better out loud than on paper. Write that down exactly."),
    ]))

DOCS.append(dict(
    file="Tyrell journal feb.docx", teacher="T1903",
    core=dict(author="Tyrell Simmons", title="Crew Journal", created="2026-02-25T09:15", modified="2026-02-25T09:52"),
    blocks=[
        ("h1", "Crew Journal - Tyrell S. - Feb 25"),
        ("h3", "Ms. Tran's prompt: Compare how you handle frustration now to October. Be specific."),
        ("p", "In October I walked out of class twice and I kicked a chair in the restorative talk. I thought "
              "everybody was against me. My big sister told me \"you only get loud when you feel stupid,\" and I think she is kind of right. Now I notice it earlier. My jaw gets tight and I start talking fast, that's "
              "my warning sign. This month I used the break pass two times instead of walking out, and both times I "
              "came back in under 5 minutes."),
        ("p", "Last week in the seminar about the rec center I wanted to yell at Jordan when he said our neighborhood "
              "doesn't need it. I didn't. I wrote my counterargument on my notes first and then I said it calm, with "
              "the budget numbers. People actually listened."),
        ("p", "Goal for March: help my little cousin with his temper at home because he is like me in 6th grade. I'm "
              "going to show him the warning sign thing."),
        ("p", "Ms. Tran: So proud of this, Tyrell. Self-Management: Proficient this month for sure."),
    ],
    truth=[("S1912", RJ, "2026-02-25", "growth since October; teacher rating line at end")],
    labels=[
        ("S1912", SA, P, "My jaw gets tight and I start talking fast, that's my warning sign."),
        ("S1912", SM, P, "This month I used the break pass two times instead of walking out, and both times I came back in under 5 minutes."),
        ("S1912", IC, P, "I wanted to yell at Jordan when he said our neighborhood doesn't need it. I didn't."),
        ("S1912", CT, P, "I wrote my counterargument on my notes first and then I said it calm, with the budget numbers."),
    ]))

DOCS.append(dict(
    file="podcast pitch.md", teacher="T1903",
    body="""# Podcast Pitch Day - Episode 3: Who Gets Clean Water?

**Presenters:** Omar Haddad, Daniela Cruz
**Sound/tech:** Mei C. (7th grade, Mr. Whitaker's crew - volunteer)
**Date:** 3/19/26
**Transcript typed by:** H. Tran

[00:00:04] Mei: Levels are good, you're live in three, two...
[00:00:08] Omar: Welcome to Harbor Voices. Today we're asking who gets clean water and who decides. Flint, Michigan was in the news years ago, but our research found the same pipe problem in at least four other cities, and in Jackson it was the treatment plant, not the pipes.
[00:00:31] Dani: I interviewed my tio, who works in a water plant in Monterrey. He said in summer some neighborhoods get water only two days a week. I didn't know this before the project.
[00:00:52] Omar: So the question isn't just science, it's money and who has power. The rich neighborhoods in both places got fixed first.
[00:01:10] Dani: We made a map comparing the two cities. I did the map in Canva and I checked every number on the city website, not just the news.
[00:01:30] Ms. Tran: What's one thing listeners can do?
[00:01:34] Omar: Look up your own city's water quality report, it's public. We put the link in the show notes. And we're bringing a proposal to student council for a free water-testing day.
[00:01:52] Dani: And talk to your family. Like, ask them. They know things.
[00:02:05] Mei: That's a wrap, I'll export it tonight.
""",
    truth=[("S1909", PR, "2026-03-19", ""), ("S1911", PR, "2026-03-19", "Dani; Mei is Mr. Whitaker's student (no row)")],
    labels=[
        ("S1909", GA, A, "we're bringing a proposal to student council for a free water-testing day."),
        ("S1909", CT, A, "our research found the same pipe problem in at least four other cities, and in Jackson it was the treatment plant, not the pipes."),
        ("S1909", COM, P, "Welcome to Harbor Voices. Today we're asking who gets clean water and who decides."),
        ("S1911", GA, P, "He said in summer some neighborhoods get water only two days a week. I didn't know this before the project."),
        ("S1911", DL, P, "I did the map in Canva and I checked every number on the city website, not just the news."),
        ("S1911", COM, P, "I interviewed my tio, who works in a water plant in Monterrey."),
    ]))

DOCS.append(dict(
    file="notes tues.txt", teacher="T1903",
    body="""notes tues 4/7 - crew + 4th period

crew circle: 2 of the 7th graders visiting for the buddy program got into it over a seat. Priya stepped in before I got there - had them each say what they needed, then suggested they split the bench and switch halfway. they both laughed. she didn't take sides. honestly better than I would have done.

4th: lit circle groups. Tyrell's group - he was the one keeping them on track today, asked the quiet kid (Jordan) what he thought and actually waited for the answer. used his own ideas AND built on Jordan's. not the old Tyrell who talked over everybody.
Tyrell lost his novel again though (3rd time). borrowed a class copy.

Priya - asked if she could start a newcomer reading buddies thing in the library at lunch, already has 3 volunteers and a sign-up sheet. said yes.
""",
    truth=[("S1910", OB, "2026-04-07", ""), ("S1912", OB, "2026-04-07", "")],
    labels=[
        ("S1910", RS, A, "Priya stepped in before I got there - had them each say what they needed, then suggested they split the bench and switch halfway."),
        ("S1910", TI, A, "asked if she could start a newcomer reading buddies thing in the library at lunch, already has 3 volunteers and a sign-up sheet."),
        ("S1912", COL, P, "asked the quiet kid (Jordan) what he thought and actually waited for the answer. used his own ideas AND built on Jordan's."),
        ("S1912", ORG, E, "Tyrell lost his novel again though (3rd time)."),
        ("S1912", IC, P, "not the old Tyrell who talked over everybody."),
    ]))

DOCS.append(dict(
    file="8th grade capstone Q&A.pdf", teacher="T1903", created="2026-05-21T15:30", author="Huong Tran",
    blocks=[
        ("h1", "Capstone Defense - Q&A Transcript"),
        ("p", "Presenter: Priya Raman    Panel: Ms. Tran, Dr. Ruiz (community panelist)    Date: 5/21/2026"),
        ("p", "[00:00:05] Priya: My capstone asks what our city owes newcomer families. I started with the refugee "
              "unit in October and I couldn't stop thinking about it."),
        ("p", "[00:00:22] Priya: I interviewed six families through the library program, read the city budget, and "
              "compared two reports. The city report says 90 percent of newcomer kids are enrolled within a month. The "
              "nonprofit report says only 60 percent. They're both true - the city counts a kid as enrolled when the "
              "form is filed, the nonprofit counts the first day in a classroom. So I used both numbers and explained "
              "the gap."),
        ("p", "[00:01:05] Priya: My recommendation is a welcome team at every middle school. I piloted it: our "
              "newcomer reading buddies started with 3 volunteers in April and now has 11, and two of them are 7th "
              "graders who will run it next year after I leave."),
        ("p", "[00:01:40] Dr. Ruiz: What was the hardest part?"),
        ("p", "[00:01:44] Priya: Honestly, when my first survey flopped because it was only in English. I rewrote it "
              "with the families' help in four languages and the responses went from 4 to 23. I learned to ask first "
              "and design second."),
        ("p", "[00:02:10] Ms. Tran: What would you tell next year's 8th graders?"),
        ("p", "[00:02:14] Priya: Start before you feel ready. And plan for the thing that will go wrong, because "
              "something will."),
    ],
    truth=[("S1910", PR, "2026-05-21", "capstone Q&A")],
    labels=[
        ("S1910", CT, A, "They're both true - the city counts a kid as enrolled when the form is filed, the nonprofit counts the first day in a classroom."),
        ("S1910", GA, A, "My recommendation is a welcome team at every middle school."),
        ("S1910", COL, A, "two of them are 7th graders who will run it next year after I leave."),
        ("S1910", CF, A, "I rewrote it with the families' help in four languages and the responses went from 4 to 23."),
    ]))

# ---------------------------------------------------------------- T1904 Mr. Whitaker, grade 7 science + crew
DOCS.append(dict(
    file="Lab group talk 9-24.txt", teacher="T1904",
    body="""Lab group talk - density column - Table 3 - 9/24
(recorded on the table mic, typed by Mr. W; some crosstalk left out)

[00:00:03] Mr. Whitaker: You have 20 minutes. Read the card, decide your order, assign jobs.
[00:00:15] Gabe: I'll pour! I'll pour! Give me the honey.
[00:00:18] Mei: Wait, the card says we have to predict first and write it down. Step one is predict, step two is measure 50 mL each, step three is pour slowly down the side.
[00:00:31] Gabe: What was step two?
[00:00:34] Yasmin: Measure 50 mL. I'll write it on the whiteboard so we all see.
[00:00:40] Sammy: I think honey goes at the bottom because it's thick. But thick isn't the same as heavy. Oil is kind of thick and it floats.
[00:00:55] Mei: Good point. So we should look at the density numbers on the back of the card, not just guess from how thick it looks.
[00:01:10] Gabe: I forgot what we're predicting. Can I pour now?
[00:01:12] Yasmin: You can pour the honey first since you want to, and Sammy does the dish soap, I'll do water, Mei does oil. Everyone gets one.
[00:01:25] Gabe: Okay fine. (spills some honey) Oops. Where are the paper towels.
[00:01:30] Sammy: Here. It's fine, just go slow, like down the side.
[00:07:40] Mei: Our prediction was right except the dish soap and the honey were close. We should write that in the error section.

Skills observed - Gabe: Inhibitory Control: Emerging | Yasmin: Collaboration: Proficient | Mei: Working Memory: Proficient
""",
    truth=[("S1916", GD, "2025-09-24", "Gabe"), ("S1913", GD, "2025-09-24", "Mei"), ("S1915", GD, "2025-09-24", ""),
           ("S1914", GD, "2025-09-24", "Sammy")],
    labels=[
        ("S1916", IC, E, "I'll pour! I'll pour! Give me the honey."),
        ("S1916", WM, E, "I forgot what we're predicting."),
        ("S1913", WM, P, "Step one is predict, step two is measure 50 mL each, step three is pour slowly down the side."),
        ("S1913", CT, P, "So we should look at the density numbers on the back of the card, not just guess from how thick it looks."),
        ("S1915", COL, P, "You can pour the honey first since you want to, and Sammy does the dish soap, I'll do water, Mei does oil. Everyone gets one."),
        ("S1915", ORG, P, "I'll write it on the whiteboard so we all see."),
        ("S1914", CT, P, "I think honey goes at the bottom because it's thick. But thick isn't the same as heavy. Oil is kind of thick and it floats."),
        ("S1914", RS, P, "Here. It's fine, just go slow, like down the side."),
    ]))

DOCS.append(dict(
    file="Gabe obs.docx", teacher="T1904",
    core=dict(author="Devon Whitaker", title="Observation notes", subject="Science 7", created="2025-10-07T12:30",
              modified="2025-10-07T15:02"),
    blocks=[
        ("h1", "Observation Notes"),
        ("p", "Student: Gabriel (Gabe) Santos    Date: 10/7/2025    Context: Science 7, stations day"),
        ("table", [
            ["Time", "What I saw"],
            ["9:05", "Could not find his lab notebook; it was in his locker. Third time this week. Borrowed loose "
                     "paper, which he then left at station 2."],
            ["9:15", "Station directions had 4 steps. Completed step 1, then asked his partner what to do. Needed the "
                     "steps repeated twice."],
            ["9:30", "Did not blurt out once during the video - first time I've seen that. Sat with his hands on the "
                     "clipboard like we practiced."],
            ["9:40", "When the magnet station was taken, he got upset and refused to try another station until I "
                     "walked him over."],
        ]),
        ("h2", "Summary"),
        ("p", "Gabe is eager and kind, but right now he needs a lot of adult support with materials and multi-step "
              "directions. Plan: checklist taped in notebook, seat near the supply shelf."),
    ],
    truth=[("S1916", OB, "2025-10-07", "")],
    labels=[
        ("S1916", ORG, E, "Could not find his lab notebook; it was in his locker. Third time this week."),
        ("S1916", WM, E, "Completed step 1, then asked his partner what to do. Needed the steps repeated twice."),
        ("S1916", IC, D, "Did not blurt out once during the video - first time I've seen that. Sat with his hands on the clipboard like we practiced."),
        ("S1916", CF, E, "When the magnet station was taken, he got upset and refused to try another station until I walked him over."),
    ]))

DOCS.append(dict(
    file="Sammy exit ticket.pdf", teacher="T1904", created="2025-10-21T14:45", producer="Google Docs Renderer",
    creator="Google Docs",
    blocks=[
        ("h1", "Exit Ticket - Science 7 - Heat Transfer"),
        ("p", "Name: Samuel O. (Sammy)    Date: 10/21/2025    Period 3"),
        ("h3", "1. Explain in your own words why the ice melted faster on the metal tray."),
        ("p", "The metal takes heat from the room and the table and gives it to the ice faster than plastic. Metal is "
              "a good conductor. I think it is like when you touch a metal bench in winter and it feels colder even "
              "though it is the same temperature."),
        ("h3", "2. How did your group work today? (1-4 and why)"),
        ("p", "3. We finished but I did most of the writing because Gabe was at the other table and Yasmin was "
              "absent. Next time I will ask Mr. W for the checklist so we split it at the beginning."),
        ("h3", "3. What is one question you still have?"),
        ("p", "Why does the wooden spoon not get hot in soup?"),
    ],
    truth=[("S1914", RJ, "2025-10-21", "exit ticket")],
    labels=[
        ("S1914", CT, P, "I think it is like when you touch a metal bench in winter and it feels colder even though it is the same temperature."),
        ("S1914", PP, D, "Next time I will ask Mr. W for the checklist so we split it at the beginning."),
        ("S1914", COM, P, "The metal takes heat from the room and the table and gives it to the ice faster than plastic."),
    ]))

DOCS.append(dict(
    file="Mei - peer feedback.md", teacher="T1904",
    body="""**Peer Feedback Form - Lab Report: Plant Growth & Light**

**Reviewer:** Mei Lin C.
**Author:** Yasmin F.
**Date:** Nov 12
**Rubric rows:** Hypothesis / Data / Conclusion

**Mei's comments**

Hypothesis: Clear and testable. You said what you change (light hours) and what you measure (height).

Data: Your table is neat, but day 6 says 14 cm and day 7 says 4 cm. I think that's a typo because plants don't shrink 10 cm in a day. Check your notebook.

Conclusion: You said light makes plants grow taller. But you only had 2 plants per group, so I'm not sure we can say that for all plants. Maybe say "in our test".

One more thing: I used a line graph instead of a bar graph for mine because it shows change over days better - you could try it in Google Sheets, I can show you the chart button.

**Yasmin's reply**

Thanks Mei. The 4 was a typo, you're right, it was 14.4. I don't agree about the line graph, the bar graph is what Mr. W showed us and I think it's easier to read for comparing the groups. But I will change my conclusion to say "in our test" because 2 plants is not a lot.
""",
    truth=[("S1913", PF, "2025-11-12", "reviewer"), ("S1915", PF, "2025-11-12", "author of the lab report; replied")],
    labels=[
        ("S1913", CT, P, "But you only had 2 plants per group, so I'm not sure we can say that for all plants."),
        ("S1913", DL, P, "I used a line graph instead of a bar graph for mine because it shows change over days better - you could try it in Google Sheets, I can show you the chart button."),
        ("S1913", COM, P, "I think that's a typo because plants don't shrink 10 cm in a day. Check your notebook."),
        ("S1915", CT, P, "I don't agree about the line graph, the bar graph is what Mr. W showed us and I think it's easier to read for comparing the groups."),
        ("S1915", COL, P, 'But I will change my conclusion to say "in our test" because 2 plants is not a lot.'),
    ]))

DOCS.append(dict(
    file="yasmin dad email.eml", teacher="T1904",
    headers=[("From", "Abdi Farah <abdi.farah.home@example.org>"),
             ("To", "Devon Whitaker <dwhitaker@harborlight-charter.example>"),
             ("Subject", "Yasmin - science at home"),
             ("Date", "Wed, 03 Dec 2025 18:22:51 -0500"),
             ("Message-ID", "<af-yasmin-1203@example.org>")],
    body="""Dear Mr. Whitaker,

I am Yasmin's father. I want to tell you something nice. After your lesson on the water cycle and pollution, Yasmin stopped her little brother from pouring cooking oil in the sink. She explained to him that it goes to the ocean and hurts the fish, and she made a sign for our kitchen in English and Somali.

She also started to collect the bottle caps from the whole building for recycling. She asked our neighbors herself and now she has a big box.

One worry: she stays up late to finish her work because she does everything perfect. Sunday she was awake until 11:30 redoing a poster that was already good. I told her it is enough but she cried and said "It has to be perfect or Mr. W will think I'm lazy." Maybe you can talk to her.

Thank you,
Abdi Farah
""",
    truth=[("S1915", PN, "2025-12-03", "father; child quoted")],
    labels=[
        ("S1915", RDM, P, "Yasmin stopped her little brother from pouring cooking oil in the sink."),
        ("S1915", GA, P, "She explained to him that it goes to the ocean and hurts the fish, and she made a sign for our kitchen in English and Somali."),
        ("S1915", TI, A, "She also started to collect the bottle caps from the whole building for recycling. She asked our neighbors herself and now she has a big box."),
        ("S1915", SM, D, "Sunday she was awake until 11:30 redoing a poster that was already good."),
    ]))

DOCS.append(dict(
    file="science fair practice.srt", teacher="T1904",
    body="""1
00:00:02,000 --> 00:00:14,000
Sammy: Our project is which paper towel is the most absorbent. We tested four brands, three trials each, and we kept the water at 100 mL every time.

2
00:00:14,500 --> 00:00:26,000
Gabe: And I did the timing! I had the stopwatch. Um. And the, the... I forgot. Sammy what's next?

3
00:00:26,500 --> 00:00:40,000
Sammy: The graph. It's okay, you've got the graph part, it's on your card.

4
00:00:40,500 --> 00:00:55,000
Gabe: Oh yeah. So the graph shows brand C soaked up the most, 38 mL. Brand A was the worst. I made the graph on the Chromebook myself.

5
00:00:55,500 --> 00:01:05,000
Mr. Whitaker: Nice. What would you change if you did it again?

6
00:01:05,500 --> 00:01:25,000
Sammy: We'd test the price too, because brand C is the most expensive, so maybe brand B is the best deal per sheet. And we only did one kind of liquid. Juice might be different from water.

7
00:01:25,500 --> 00:01:35,000
Gabe: And I would bring my notebook every day. I lost it for two days and we had to redo trial 2.

8
00:01:35,500 --> 00:01:45,000
Mr. Whitaker: Good honesty, Gabe. Okay, practice again Thursday with the cards.
""",
    truth=[("S1914", PR, "2026-01-15", "date from teacher's Slack message; practice run"),
           ("S1916", PR, "2026-01-15", "")],
    labels=[
        ("S1914", CT, P, "And we only did one kind of liquid. Juice might be different from water."),
        ("S1914", CF, A, "We'd test the price too, because brand C is the most expensive, so maybe brand B is the best deal per sheet."),
        ("S1914", RS, P, "It's okay, you've got the graph part, it's on your card."),
        ("S1914", COM, P, "We tested four brands, three trials each, and we kept the water at 100 mL every time."),
        ("S1916", WM, E, "Um. And the, the... I forgot."),
        ("S1916", DL, D, "I made the graph on the Chromebook myself."),
        ("S1916", ORG, E, "I lost it for two days and we had to redo trial 2."),
        ("S1916", SA, D, "And I would bring my notebook every day."),
    ]))

DOCS.append(dict(
    file="tutoring mei sammy 2-10.txt", teacher="T1904",
    body="""Peer tutoring - ratios - Mei + Sammy
Otter.ai  Feb 10, 2026  8 min
Speakers: Mei, Sammy, Mr. Whitaker

Mei  0:02
Okay so the recipe for the solution is 2 scoops salt for every 5 cups water. We need 20 cups. What do you do first?

Sammy  0:10
Multiply? 2 times 20?

Mei  0:13
Try drawing it. Every time you add 5 cups you add 2 scoops. I'm not going to tell you, just draw the boxes.

Sammy  0:40
5, 10, 15, 20... that's four groups. So 4 times 2 is 8 scoops.

Mei  0:47
Yes! See, you got it. And you can check it a different way, 2 over 5 equals what over 20.

Sammy  1:10
Oh, it's the same thing. Times 4 on top and bottom. Okay that's way easier than I thought.

Mei  1:20
When I learned this I did the table way, but the boxes helped my brother more, so I figured you might like boxes. Everybody's brain is different.

Mr. Whitaker  5:02
Sammy, can you explain it back to me?

Sammy  5:05
Yeah, so you find how many groups of 5 fit in 20, that's 4, then you do 4 groups of the salt. Or do the fraction thing, times 4 on top and bottom. Both give 8.

Mei  5:30
Next time you could tutor Gabe on this, he was stuck on it yesterday.
""",
    truth=[("S1913", PT, "2026-02-10", "tutor"), ("S1914", PT, "2026-02-10", "tutee")],
    labels=[
        ("S1913", RS, A, "I'm not going to tell you, just draw the boxes."),
        ("S1913", COM, A, "When I learned this I did the table way, but the boxes helped my brother more, so I figured you might like boxes. Everybody's brain is different."),
        ("S1913", COL, A, "Next time you could tutor Gabe on this, he was stuck on it yesterday."),
        ("S1914", CF, P, "Oh, it's the same thing. Times 4 on top and bottom."),
        ("S1914", COM, P, "so you find how many groups of 5 fit in 20, that's 4, then you do 4 groups of the salt."),
        ("S1914", WM, D, "5, 10, 15, 20... that's four groups. So 4 times 2 is 8 scoops."),
    ]))

DOCS.append(dict(
    file="crew reflection - Gabe.docx", teacher="T1904",
    core=dict(author="Gabriel Santos", title="Crew Check-in - March", created="2026-03-04T08:40", modified="2026-03-04T09:05"),
    blocks=[
        ("h1", "Crew Check-in - March"),
        ("p", "Gabe S. - Crew Tidewater - 3/4"),
        ("h2", "Mr. W's question: What is one thing that got easier since fall?"),
        ("p", "Keeping my stuff. I have the checklist taped in my notebook and I check it before I leave science. I "
              "only forgot my notebook one time in February. I need fewer reminders now, Mr. W doesn't have to say it "
              "every day."),
        ("h2", "What is still hard?"),
        ("p", "Long directions. If there are more than 3 steps I lose it. Now I write numbers next to each step and "
              "cross them out, that helps but I still ask Sammy sometimes."),
        ("h2", "How do you act when plans change?"),
        ("p", "Better. When the field trip got canceled I was mad but I didn't cry or throw anything like last year. I "
              "said okay and did the backup activity. It was actually fun."),
        ("h2", "Anything else?"),
        ("p", "I want to be the one who pours in lab because I am careful now. Ask Yasmin, I didn't spill once this month."),
    ],
    truth=[("S1916", RJ, "2026-03-04", "teacher questions are headings")],
    labels=[
        ("S1916", ORG, D, "I have the checklist taped in my notebook and I check it before I leave science. I only forgot my notebook one time in February. I need fewer reminders now"),
        ("S1916", WM, D, "Now I write numbers next to each step and cross them out, that helps but I still ask Sammy sometimes."),
        ("S1916", CF, P, "When the field trip got canceled I was mad but I didn't cry or throw anything like last year. I said okay and did the backup activity."),
        ("S1916", SA, P, "If there are more than 3 steps I lose it."),
        ("S1916", IC, D, "I want to be the one who pours in lab because I am careful now. Ask Yasmin, I didn't spill once this month."),
    ]))

DOCS.append(dict(
    file="obs - sammy and yasmin.pdf", teacher="T1904", created="2026-04-14T16:00", author="Devon Whitaker",
    blocks=[
        ("h1", "Observation - Egg-Drop Redesign Day"),
        ("p", "Students: Samuel Osei (Sammy), Yasmin Farah    Date: 4/14/2026    Observer: D. Whitaker"),
        ("p", "Yasmin came in with a plan already drawn: three designs ranked, materials list, and a backup design in "
              "case the straws ran out (they did). She switched to the backup without any fuss and told Sammy they "
              "had planned for this."),
        ("p", "She has relaxed about perfection: when her first drop cracked the egg she laughed, wrote down what "
              "happened and said she would change one variable at a time. Huge change from December."),
        ("p", "Sammy kept the group on time with his phone timer and split the jobs at the start - exactly what he "
              "said he would do in his October exit ticket."),
        ("p", "Sammy noticed a 6th grader at the next table crying because her egg broke and went over to show her "
              "his cracked one too. He didn't make a big deal, just sat with her."),
        ("p", "Both used the slow-motion camera on the iPad to find where the impact was; Yasmin figured out how to "
              "change the frame rate when the default was too blurry."),
    ],
    truth=[("S1914", OB, "2026-04-14", ""), ("S1915", OB, "2026-04-14", "")],
    labels=[
        ("S1915", PP, A, "Yasmin came in with a plan already drawn: three designs ranked, materials list, and a backup design in case the straws ran out (they did)."),
        ("S1915", CF, P, "She switched to the backup without any fuss"),
        ("S1915", SM, P, "when her first drop cracked the egg she laughed, wrote down what happened and said she would change one variable at a time."),
        ("S1915", DL, A, "Yasmin figured out how to change the frame rate when the default was too blurry."),
        ("S1914", PP, P, "Sammy kept the group on time with his phone timer and split the jobs at the start"),
        ("S1914", SO, P, "went over to show her his cracked one too. He didn't make a big deal, just sat with her."),
    ]))
