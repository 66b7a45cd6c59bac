"""All text of the Kestrel Bay International School evaluation set, as Python data.

build_set.py turns this into roster/, documents/, manifest.csv, truth.csv and
labelled_set.csv.  Nothing here is real: people, school and addresses are invented.
"""

SCHOOL = "Kestrel Bay International School"
YEAR_START = "2025-08-20"
YEAR_END = "2026-06-12"

TEACHERS = [
    # id, name, email, slack_user_id
    ("T1701", "Priya Nandakumar", "p.nandakumar@kestrelbay-is.example", "U17KB0P01"),
    ("T1702", "Callum Whitlock", "c.whitlock@kestrelbay-is.example", "U17KB0C02"),
    ("T1703", "Ingrid Solberg", "i.solberg@kestrelbay-is.example", "U17KB0I03"),
    ("T1704", "Tomas Ferreira", "t.ferreira@kestrelbay-is.example", "U17KB0T04"),
]

STUDENTS = [
    # id, name, grade, teacher_id, nickname
    ("S1701", "Aarav Mehta", 7, "T1701", ""),
    ("S1702", "Sofia Lindqvist", 7, "T1701", "Sofi"),
    ("S1703", "Kenji Watanabe", 7, "T1701", ""),
    ("S1704", "Amara Okafor", 7, "T1701", ""),
    ("S1705", "Sofia Reyes", 7, "T1702", ""),
    ("S1706", "Benedict Hale", 7, "T1702", "Ben"),
    ("S1707", "Leila Haddad", 7, "T1702", ""),
    ("S1708", "Jun-ho Park", 7, "T1702", "Junho"),
    ("S1709", "Matilda Brooks", 8, "T1703", "Tilly"),
    ("S1710", "Rafael Costa", 8, "T1703", "Rafa"),
    ("S1711", "Ngozi Adeyemi", 8, "T1703", ""),
    ("S1712", "Oliver Strand", 8, "T1703", "Olly"),
    ("S1713", "Yasmin Farouk", 6, "T1704", ""),
    ("S1714", "Theo Marchetti", 6, "T1704", ""),
    ("S1715", "Hana Kobayashi", 6, "T1704", ""),
    ("S1716", "Daniel Osei", 6, "T1704", "Danny"),
]

# Each document:
#   name, teacher (who drops it), kind (docx/pdf/md/txt/eml/vtt/srt),
#   for docx/pdf: blocks = [(style, payload)], style in h1/h2/p/b (bullet)/table/meta
#   for docx: core = dict of core properties
#   for eml: headers = [(k, v)], body = str
#   otherwise: text = str
#   truth = [(student_id, entry_type, entry_date_iso, notes)]
#   labels = [(student_id, skill, level, verbatim quote)]
DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
# T1701  Ms Priya Nandakumar - Grade 7 Humanities (tutor group 7N)
# Her habits: dd/mm/yyyy in headers, "Tues 16/09" in quick notes, docx + md.
# ---------------------------------------------------------------------------

doc(
    name="Exit ticket.docx",
    teacher="T1701",
    kind="docx",
    core=dict(title="Exit ticket", author="P Nandakumar", subject="7N Humanities"),
    blocks=[
        ("h1", "Exit ticket - Ancient trade routes"),
        ("p", "Name: Aarav M.        Class: 7N        Date: 11/09/2025"),
        ("table", [
            ["Prompt", "Your answer"],
            ["1. One thing you learnt today", "That the Silk Road was not one road but lots of routes, and goods changed hands many times before they got to Rome."],
            ["2. One thing you are still unsure about", "I don't get why silk was worth so much. I wrote the question down but I lost the sheet with the timeline on it so I couldn't check."],
            ["3. How did you work today? (circle/explain)", "I started late because I was talking to Kenji about football. When Ms N came over I started. I think I only did half."],
        ]),
        ("p", "Teacher note: Aarav needed two reminders to begin. Follow up on the timeline sheet (3rd lost handout this fortnight)."),
    ],
    truth=[("S1701", "reflection_journal", "2025-09-11", "exit ticket; date written dd/mm")],
    labels=[
        ("S1701", "Task Initiation", "Emerging", "I started late because I was talking to Kenji about football. When Ms N came over I started."),
        ("S1701", "Organization", "Emerging", "I lost the sheet with the timeline on it so I couldn't check."),
        ("S1701", "Critical Thinking", "Developing", "I don't get why silk was worth so much. I wrote the question down"),
    ],
)

doc(
    name="journal wk3 sofi.md",
    teacher="T1701",
    kind="md",
    text="""# Reflection journal - week 3

**Student:** Sofia L. (Sofi)
**Class:** 7N Humanities
**Date:** Fri 05/09/2025

**Prompt (Ms N): How did you feel when your group changed the topic of the poster without asking you?**

Honestly I was annoyed, and then I felt a bit embarrassed because I went quiet and didn't say anything for the rest of the lesson. I think I was more upset than annoyed, because I had already found two pictures for the old topic and nobody asked me.

**Prompt: What could you do next time?**

I could say how I feel straight away instead of sulking. Maybe "I already found stuff for the first idea, can we look at it before we change?" I think if I say it calmly people will actually listen.

**Prompt: Anything else?**

I need to write down homework in my planner because I forgot the map task again on Tuesday and only remembered when Aarav mentioned it.

*Ms N: Lovely honest reflection, Sofi. Try your sentence in the next group meeting and tell me how it went.*
""",
    truth=[("S1702", "reflection_journal", "2025-09-05", "teacher prompts in bold inside the journal")],
    labels=[
        ("S1702", "Self-Awareness", "Proficient", "I think I was more upset than annoyed, because I had already found two pictures for the old topic and nobody asked me."),
        ("S1702", "Relationship Skills", "Developing", "I could say how I feel straight away instead of sulking."),
        ("S1702", "Organization", "Emerging", "I forgot the map task again on Tuesday and only remembered when Aarav mentioned it."),
        ("S1702", "Collaboration", "Emerging", "I went quiet and didn't say anything for the rest of the lesson."),
    ],
)

doc(
    name="silk road discussion 7N.txt",
    teacher="T1701",
    kind="txt",
    text="""7N Humanities - group discussion, table 2
Recorded Tues 14/10/2025 on the class iPad, typed up by Ms Nandakumar
Question: Did the Silk Road do more good than harm?

[00:00:05] Ms Nandakumar: Right, table two, you've got the source pack. Five minutes, then I want a group answer. Kenji, can you start us?
[00:00:14] Kenji: OK. So source B says cities along the route got really rich, like Samarkand. But source D is about the plague travelling along the same routes. So I don't think we can just say good.
[00:00:31] Amara: Yeah, and source D is from a historian, but source B is from a merchant's letter, so the merchant would obviously say trade is great. He's making money from it.
[00:00:44] Ben: Can we just say good? Good is easier to write.
[00:00:48] Amara: We could, but then we'd be ignoring half the pack. Ben, what did you get from source C?
[00:00:55] Ben: Um, it's about paper going west. That's good I guess.
[00:01:02] Aarav: Wait, wait, I have a thing - my cousin said the plague killed like half of everyone, so it's definitely harm.
[00:01:09] Kenji: Is that in the sources though? Source D says "a third to a half of Europe", so it's kind of what you said, but we should use the source and not your cousin.
[00:01:20] Aarav: Fine. Source D then.
[00:01:24] Amara: Can I suggest something? What if we split it - Kenji and Ben write the good side, me and Aarav do the harm side, then we compare which side has stronger evidence. That way everyone has a job.
[00:01:38] Kenji: That works. I'll write down the source letters so we don't mix them up.
[00:01:44] Aarav: Can I do good instead? I already said the paper thing in my head.
[00:01:48] Amara: Ben said paper, but sure, swap with Ben if he's OK with it. Ben?
[00:01:52] Ben: Whatever, yeah.
[00:02:30] Ms Nandakumar: Two minutes left. What's your group answer going to be?
[00:02:35] Kenji: We think more good for the rich cities, but more harm for ordinary people because of disease. It depends who you ask. I changed my mind a bit after Amara's point about the merchant.
[00:02:49] Aarav: And paper. Paper was good.

---
Teacher notes (PN):
Ben Hale is in my 7N Humanities set but is Mr Whitlock's tutee - passing on to him.
Skills observed: Kenji - Critical Thinking: Proficient; Amara - Collaboration: Advanced; Aarav - Inhibitory Control: Developing
""",
    truth=[
        ("S1703", "group_discussion_transcript", "2025-10-14", "Kenji speaks"),
        ("S1704", "group_discussion_transcript", "2025-10-14", "Amara speaks"),
        ("S1701", "group_discussion_transcript", "2025-10-14", "Aarav speaks; Ben (S1706) is T1702's student - no row"),
    ],
    labels=[
        ("S1703", "Critical Thinking", "Proficient", "Is that in the sources though? Source D says \"a third to a half of Europe\", so it's kind of what you said, but we should use the source and not your cousin."),
        ("S1703", "Cognitive Flexibility", "Proficient", "I changed my mind a bit after Amara's point about the merchant."),
        ("S1703", "Organization", "Proficient", "I'll write down the source letters so we don't mix them up."),
        ("S1704", "Critical Thinking", "Proficient", "source D is from a historian, but source B is from a merchant's letter, so the merchant would obviously say trade is great. He's making money from it."),
        ("S1704", "Collaboration", "Advanced", "What if we split it - Kenji and Ben write the good side, me and Aarav do the harm side, then we compare which side has stronger evidence. That way everyone has a job."),
        ("S1704", "Relationship Skills", "Proficient", "We could, but then we'd be ignoring half the pack. Ben, what did you get from source C?"),
        ("S1701", "Inhibitory Control", "Emerging", "Wait, wait, I have a thing - my cousin said the plague killed like half of everyone, so it's definitely harm."),
        ("S1701", "Critical Thinking", "Emerging", "my cousin said the plague killed like half of everyone, so it's definitely harm."),
    ],
)

doc(
    name="Kenji conference notes.docx",
    teacher="T1701",
    kind="docx",
    core=dict(title="Student-led conference - Kenji W", author="P Nandakumar", subject="Conference notes"),
    blocks=[
        ("h1", "Student-led conference"),
        ("meta", "Student: Kenji Watanabe (7N)"),
        ("meta", "Date: 20/11/2025"),
        ("meta", "Present: Kenji, Mrs Watanabe (mother), Ms Nandakumar"),
        ("h2", "Kenji's presentation of his portfolio"),
        ("p", "Kenji opened the conference himself and walked his mother through three pieces of work without needing the prompt card. He explained that his Silk Road essay improved because he now makes a plan with a time for each paragraph, and showed the plan: he had estimated 20 minutes per paragraph and noted where he ran over."),
        ("p", "He was candid that he still finds it hard when a group changes the plan at the last minute. In his words to his mother, he \"gets a bit stuck and wants to go back to the first plan\", but he said he has started asking for two minutes to re-plan rather than arguing."),
        ("h2", "Goals"),
        ("table", [
            ["Goal", "Kenji's action", "Check-in"],
            ["Keep planning essays with timings", "Use the planner page for every extended piece", "Jan"],
            ["Cope better with changes in group work", "Ask for 2 minutes to re-plan; write the new plan down", "Jan"],
        ]),
        ("p", "Mrs Watanabe said Kenji now keeps his own homework list at home and she no longer checks his bag every night."),
    ],
    truth=[("S1703", "teacher_observation_note", "2025-11-20", "conference notes; Key: value metadata lines")],
    labels=[
        ("S1703", "Planning & Prioritization", "Proficient", "he now makes a plan with a time for each paragraph, and showed the plan: he had estimated 20 minutes per paragraph and noted where he ran over."),
        ("S1703", "Cognitive Flexibility", "Developing", "he has started asking for two minutes to re-plan rather than arguing."),
        ("S1703", "Communication", "Proficient", "Kenji opened the conference himself and walked his mother through three pieces of work without needing the prompt card."),
        ("S1703", "Organization", "Proficient", "Kenji now keeps his own homework list at home and she no longer checks his bag every night."),
    ],
)

doc(
    name="obs 7N tues.txt",
    teacher="T1701",
    kind="txt",
    text="""obs 7N - Tues 7 Oct, period 3 (map skills)

Amara - finished the map task early, then without being asked went to Sofi's table and showed her how to use the scale bar by measuring the distance with a strip of paper first. Didn't do it for her. Sofi then did the next two herself.
Also noticed Amara quietly moved her phone into her bag at the start of the lesson before I said anything about phones.

Sofi - slow start again (hunting for her pencil case, borrowed a ruler). Once Amara had shown her the scale bar she worked steadily for the rest of the lesson and did not need me at all. Not a bad lesson for her in the end.

To do: seat Sofi near the resources tray? ask Amara if she'd be a map buddy for the next unit.
""",
    truth=[
        ("S1704", "teacher_observation_note", "2025-10-07", "Tues 7 Oct, no year written"),
        ("S1702", "teacher_observation_note", "2025-10-07", "Sofi = Sofia Lindqvist"),
    ],
    labels=[
        ("S1704", "Relationship Skills", "Advanced", "without being asked went to Sofi's table and showed her how to use the scale bar by measuring the distance with a strip of paper first. Didn't do it for her."),
        ("S1704", "Inhibitory Control", "Advanced", "Amara quietly moved her phone into her bag at the start of the lesson before I said anything about phones."),
        ("S1702", "Organization", "Emerging", "slow start again (hunting for her pencil case, borrowed a ruler)."),
        ("S1702", "Self-Management", "Developing", "Once Amara had shown her the scale bar she worked steadily for the rest of the lesson and did not need me at all."),
    ],
)

doc(
    name="Re Amara homework.eml",
    teacher="T1701",
    kind="eml",
    headers=[
        ("From", "Chidinma Okafor <chidinma.okafor@mailbox.example>"),
        ("To", "Priya Nandakumar <p.nandakumar@kestrelbay-is.example>"),
        ("Subject", "Re: Amara homework"),
        ("Date", "Tue, 23 Sep 2025 19:42:10 +0800"),
        ("Message-ID", "<kb17-0006@mailbox.example>"),
    ],
    body="""Dear Ms Nandakumar,

Thank you for your note about the homework load. I wanted to let you know how it is going at home.

Amara has made herself a little timetable on the fridge and she sticks to it without me nagging. She told me, "Mum, I do the hard subject first while my brain is fresh, and I leave Humanities reading for after dinner because I like it." I was impressed, honestly.

The only thing is she worries a lot when she thinks her work isn't perfect. On Sunday she said "if I don't get a 7 everyone will think I'm not clever", and she was in tears over the river project. We talked about it and she calmed down after a walk, but perhaps you could keep an eye on it.

Kind regards,
Chidinma Okafor

> On 22/09/2025 Ms Nandakumar wrote:
> Dear Mrs Okafor, just checking in about the new homework timetable for 7N...
""",
    truth=[("S1704", "parent_note", "2025-09-23", "parent quotes the child; quoted reply at bottom is the teacher's")],
    labels=[
        ("S1704", "Planning & Prioritization", "Proficient", "Amara has made herself a little timetable on the fridge and she sticks to it without me nagging."),
        ("S1704", "Planning & Prioritization", "Proficient", "Mum, I do the hard subject first while my brain is fresh, and I leave Humanities reading for after dinner because I like it."),
        ("S1704", "Self-Management", "Developing", "she was in tears over the river project. We talked about it and she calmed down after a walk"),
    ],
)

doc(
    name="peer feedback museum exhibit.md",
    teacher="T1701",
    kind="md",
    text="""# Peer feedback - Museum in a box exhibits

**Date:** 29/01/2026
**Exhibit by:** Amara O.
**Format:** Two Stars and a Wish

---

**Reviewer:** Aarav M.

Star 1: Your artefact labels are really clear and short, I could read them in like ten seconds each.
Star 2: The map where you put the trade goods with little flags is cool, I never saw anyone do that.
Wish: I wish there was more about the people who made the stuff, not just the stuff. I didn't copy your flags idea for mine, I did a timeline with fold-out bits, which I came up with after you showed me the flags, so thanks.

---

**Reviewer:** Sofia L.

Star 1: The way you organised the box in three sections (make, trade, use) made it really easy to follow. I'm going to use sections like that for my history notes.
Star 2: You explained the pottery to the Year 3 visitors in a way they understood, like you changed your words for them.
Wish: Maybe check source 4, the website you used doesn't say who wrote it, so it might not be reliable. I checked and couldn't find an author anywhere.

---
*Exhibits displayed in the library 26-30 Jan.*
""",
    truth=[
        ("S1704", "peer_feedback", "2026-01-29", "subject of the feedback"),
        ("S1701", "peer_feedback", "2026-01-29", "reviewer"),
        ("S1702", "peer_feedback", "2026-01-29", "reviewer"),
    ],
    labels=[
        ("S1701", "Creativity & Innovation", "Developing", "I didn't copy your flags idea for mine, I did a timeline with fold-out bits, which I came up with after you showed me the flags, so thanks."),
        ("S1702", "Digital Literacy", "Proficient", "check source 4, the website you used doesn't say who wrote it, so it might not be reliable. I checked and couldn't find an author anywhere."),
        ("S1702", "Organization", "Developing", "I'm going to use sections like that for my history notes."),
        ("S1704", "Communication", "Proficient", "You explained the pottery to the Year 3 visitors in a way they understood, like you changed your words for them."),
        ("S1704", "Creativity & Innovation", "Proficient", "The map where you put the trade goods with little flags is cool, I never saw anyone do that."),
    ],
)

doc(
    name="scan 3.pdf",
    teacher="T1701",
    kind="pdf",
    title="scan 3",
    blocks=[
        ("h1", "EXIT TICKET"),
        ("p", "Name: ____________    Class: 7N    Date: ___/___"),
        ("p", "1. What is one cause of the fall of the Western Roman Empire?"),
        ("p", "Answer: the army got too big to pay for and they had to hire people from outside who werent loyal."),
        ("p", "2. How confident do you feel? (1-5)"),
        ("p", "Answer: 3. I get it but I mix up the dates."),
        ("p", "(scanned from the tray - no name on it)"),
    ],
    truth=[("ASK", "", "", "exit ticket with no name and no date; cannot tell which 7N student")],
    labels=[],
)

doc(
    name="Sofi - end of term reflection.docx",
    teacher="T1701",
    kind="docx",
    core=dict(title="End of term reflection", author="Sofia Lindqvist", subject="Term 1",
              modified="2026-01-08T08:12:00"),  # teacher added her comment in January
    blocks=[
        ("h1", "End of Term 1 reflection"),
        ("p", "Sofia Lindqvist, 7N - 12/12/2025"),
        ("h2", "What went well"),
        ("p", "I need fewer reminders now. In September Ms N had to tell me to get my planner out every lesson, and now I write homework down before I pack up, most of the time without anyone saying. I also colour-code my folders (blue for Humanities, green for Science) so I stop losing worksheets."),
        ("p", "In group work I tried the sentence from my week 3 journal. When Kenji wanted to change our poster layout I said I'd already done the title and could we keep it, and he said OK. It felt much better than sulking."),
        ("h2", "What I want to work on"),
        ("p", "I still leave big projects until the weekend before. For the river project I didn't start until Saturday and I was stressed. Next term I want to break projects into smaller bits and start the first bit on the day we get the task."),
        ("h2", "Teacher comment"),
        ("p", "Sofi, this shows real growth in your organisation. Planning next - let's set that as your target. (PN)"),
    ],
    truth=[("S1702", "reflection_journal", "2025-12-12", "growth statement; teacher comment at end")],
    labels=[
        ("S1702", "Organization", "Proficient", "now I write homework down before I pack up, most of the time without anyone saying. I also colour-code my folders (blue for Humanities, green for Science) so I stop losing worksheets."),
        ("S1702", "Relationship Skills", "Proficient", "When Kenji wanted to change our poster layout I said I'd already done the title and could we keep it, and he said OK."),
        ("S1702", "Task Initiation", "Emerging", "I still leave big projects until the weekend before. For the river project I didn't start until Saturday and I was stressed."),
        ("S1702", "Self-Awareness", "Advanced", "Next term I want to break projects into smaller bits and start the first bit on the day we get the task."),
    ],
)

doc(
    name="Amara presentation water.txt",
    teacher="T1701",
    kind="txt",
    text="""Amara - Global issues presentation (water scarcity)
transcribed from the recording, 03/03/2026

Good morning everyone. My presentation is about water scarcity, and I want to start with a question: how many of you know where the water in your tap comes from? Most people I asked in my family didn't know either.

So about two billion people don't have safe drinking water at home. That's not just a problem far away. The reservoir that supplies our city was at thirty percent last dry season, and that's connected to the same weather patterns that cause droughts in East Africa, because warmer oceans change where the rain falls.

I compared three sources on this. The water company's website said everything was fine, the newspaper said it was a crisis, and the government report was somewhere in the middle. I think the water company wants people not to panic and the newspaper wants people to click, so I used the government report for my numbers but I checked them against a university study.

What I actually did about it: I wrote to our school's facilities manager and asked if we could put timers on the bathroom taps. I did the maths - if each tap is left running ten seconds less per use, we'd save about four thousand litres a month. He said yes to a trial in the Year 7 block, and the student council has asked me to present this to them next week.

If you're wondering what you can do, my slide has three things, and the easiest is just to turn the tap off while you brush your teeth. Thank you. Any questions?
""",
    truth=[("S1704", "project_presentation_transcript", "2026-03-03", "presentation with no speaker labels; single presenter")],
    labels=[
        ("S1704", "Global Awareness", "Advanced", "I wrote to our school's facilities manager and asked if we could put timers on the bathroom taps."),
        ("S1704", "Global Awareness", "Advanced", "that's connected to the same weather patterns that cause droughts in East Africa, because warmer oceans change where the rain falls."),
        ("S1704", "Critical Thinking", "Advanced", "so I used the government report for my numbers but I checked them against a university study."),
        ("S1704", "Communication", "Advanced", "I want to start with a question: how many of you know where the water in your tap comes from?"),
        ("S1704", "Digital Literacy", "Advanced", "I think the water company wants people not to panic and the newspaper wants people to click"),
    ],
)

doc(
    name="Aarav term 2 journal.md",
    teacher="T1701",
    kind="md",
    text="""**Reflection journal**
**Name:** Aarav Mehta
**Date:** 15/04/2026

**Ms N's question: Look back at your September exit tickets. What has changed?**

In September I basically never started on time. I'd talk to Kenji or look for stuff. Now I have a rule for myself: pen out and title written before the timer finishes. It works most lessons. Last week I was first to start in Science too, which Mr Whitlock noticed, and there's no timer there, I just did it anyway.

My sister always says "Aarav, you'd lose your head if it wasn't screwed on", and she was kind of right, but I haven't lost a handout since January because I take a photo of every sheet and keep them in one album on my iPad.

**What is still hard?**

Not shouting out. I know the answer and it just comes out. I'm not saying I never do it now, but I count to three in my head and it's maybe half the time instead of all the time.

**Goal for Term 3:** Put my hand up every time in Humanities, and ask Ms N to give me a signal if I forget.
""",
    truth=[("S1701", "reflection_journal", "2026-04-15", "sibling quoted; teacher questions in bold")],
    labels=[
        ("S1701", "Task Initiation", "Advanced", "Last week I was first to start in Science too, which Mr Whitlock noticed, and there's no timer there, I just did it anyway."),
        ("S1701", "Task Initiation", "Proficient", "Now I have a rule for myself: pen out and title written before the timer finishes. It works most lessons."),
        ("S1701", "Organization", "Proficient", "I haven't lost a handout since January because I take a photo of every sheet and keep them in one album on my iPad."),
        ("S1701", "Inhibitory Control", "Developing", "I count to three in my head and it's maybe half the time instead of all the time."),
        ("S1701", "Self-Awareness", "Advanced", "Put my hand up every time in Humanities, and ask Ms N to give me a signal if I forget."),
    ],
)

doc(
    name="Kenji journal.pdf",
    teacher="T1701",
    kind="pdf",
    title="Kenji journal - migration unit",
    blocks=[
        ("h1", "Reflection journal - Migration unit"),
        ("p", "Kenji Watanabe | 7N | 26/03/2026"),
        ("h2", "Prompt: What surprised you in this unit?"),
        ("p", "I thought migration was mostly about people wanting more money, but the interviews showed lots of reasons, like climate and family and safety. My grandparents moved from Osaka for my grandad's job, so I asked them, and their story was different again from the textbook."),
        ("h2", "Prompt: How did you manage the two deadlines this week?"),
        ("p", "I had the interview write-up and the Science lab report due on the same day. I made a list with both on it and did the lab report first because it needed the data from Tuesday, which would be harder to remember later. I also left Thursday night empty in case something went wrong, and something did: the printer broke, so I used Thursday to print at the library."),
        ("p", "When Mr Whitlock moved the Science deadline forward I was annoyed for about a minute, then I just swapped the order of my list. Last term that would have really thrown me."),
    ],
    truth=[("S1703", "reflection_journal", "2026-03-26", "PDF export of a journal")],
    labels=[
        ("S1703", "Planning & Prioritization", "Advanced", "I also left Thursday night empty in case something went wrong, and something did: the printer broke, so I used Thursday to print at the library."),
        ("S1703", "Cognitive Flexibility", "Proficient", "When Mr Whitlock moved the Science deadline forward I was annoyed for about a minute, then I just swapped the order of my list."),
        ("S1703", "Global Awareness", "Proficient", "the interviews showed lots of reasons, like climate and family and safety."),
        ("S1703", "Working Memory", "Proficient", "did the lab report first because it needed the data from Tuesday, which would be harder to remember later."),
    ],
)


# ---------------------------------------------------------------------------
# T1702  Mr Callum Whitlock - Grade 7 Science
# His habits: "3 Oct" in quick notes (year implied), .txt notes, .srt from the
# lab camera's auto-captions, emails.
# ---------------------------------------------------------------------------

doc(
    name="lab group 3 - density.srt",
    teacher="T1702",
    kind="srt",
    text="""1
00:00:01,000 --> 00:00:06,500
Mr Whitlock: Right, it's Thursday the second of October, group three, density practical. Off you go.

2
00:00:07,000 --> 00:00:14,000
Leila: OK so step one is measure the mass, step two is fill the cylinder to fifty, step three drop it in and read the new volume. I'll read them out as we go.

3
00:00:14,500 --> 00:00:19,000
Ben: Can I drop it in? I want to drop it in. Splash!

4
00:00:19,500 --> 00:00:24,000
Junho: Ben, wait, we haven't weighed it yet. Leila just said step one is mass.

5
00:00:24,500 --> 00:00:30,000
Ben: Oh. Yeah. What was after the mass again? Sorry, I wasn't listening.

6
00:00:30,500 --> 00:00:38,000
Sofia: It's fine, mass, then fifty mil, then drop it. I'll write the steps on the whiteboard so we can all see them.

7
00:00:38,500 --> 00:00:47,000
Junho: The rock is twenty-four point six grams. The water went from fifty to fifty-nine, so volume is nine. Twenty-four point six divided by nine is about two point seven.

8
00:00:47,500 --> 00:00:55,000
Leila: That's aluminium, no wait, aluminium is a metal. Rocks are about two point seven too, granite is. So both, it could be either? We should test the second sample and see if it's different.

9
00:00:55,500 --> 00:01:02,000
Sofia: Ben, do you want to do the cork one? You can drop it in this time, but read the number first.

10
00:01:02,500 --> 00:01:06,000
Ben: OK. Fifty. It's floating! It won't go under.

11
00:01:06,500 --> 00:01:15,000
Junho: Cool, so we can't measure the volume that way. We could push it under with a pin and ignore the pin, or we could measure it with a ruler because it's a cylinder.

12
00:01:15,500 --> 00:01:20,000
Mr Whitlock: Good thinking. Which would be more accurate?

13
00:01:20,500 --> 00:01:27,000
Junho: Ruler, I think, because the pin adds a bit of volume. Let's do both and compare.

14
00:01:28,000 --> 00:01:35,000
Mr Whitlock: [teacher note] Skills observed: Ben - Inhibitory Control: Emerging. Junho - Cognitive Flexibility: Proficient.
""",
    truth=[
        ("S1707", "group_discussion_transcript", "2025-10-02", "date spoken in first cue"),
        ("S1706", "group_discussion_transcript", "2025-10-02", "Ben speaks"),
        ("S1708", "group_discussion_transcript", "2025-10-02", "Junho = Jun-ho Park"),
        ("S1705", "group_discussion_transcript", "2025-10-02", "Sofia = Sofia Reyes (T1702's Sofia)"),
    ],
    labels=[
        ("S1707", "Working Memory", "Proficient", "step one is measure the mass, step two is fill the cylinder to fifty, step three drop it in and read the new volume. I'll read them out as we go."),
        ("S1707", "Critical Thinking", "Developing", "So both, it could be either? We should test the second sample and see if it's different."),
        ("S1706", "Inhibitory Control", "Emerging", "Can I drop it in? I want to drop it in. Splash!"),
        ("S1706", "Working Memory", "Emerging", "What was after the mass again? Sorry, I wasn't listening."),
        ("S1708", "Cognitive Flexibility", "Proficient", "We could push it under with a pin and ignore the pin, or we could measure it with a ruler because it's a cylinder."),
        ("S1708", "Critical Thinking", "Proficient", "Ruler, I think, because the pin adds a bit of volume. Let's do both and compare."),
        ("S1705", "Organization", "Proficient", "I'll write the steps on the whiteboard so we can all see them."),
        ("S1705", "Collaboration", "Proficient", "Ben, do you want to do the cork one? You can drop it in this time, but read the number first."),
    ],
)

doc(
    name="obs notes 3 Oct.txt",
    teacher="T1702",
    kind="txt",
    text="""Obs notes - 3 Oct - 7W Science, P5
Focus student: Ben H.

- Started the worksheet only after I stood next to him (approx 6 min in). Needed the instructions repeated twice.
- Called out answers four times during the starter, including one while Leila was mid-sentence.
- Lost his lab book again - borrowed paper.
- BUT: when his group's measurement went wrong he didn't throw a strop like last week. He said "ugh" and then asked Sofia what to do, and had another go. Not nothing.

Plan: visual checklist on desk; check in with tutor re: evenings (dad mentioned late nights).
""",
    truth=[("S1706", "teacher_observation_note", "2025-10-03", "3 Oct, year implied by school year")],
    labels=[
        ("S1706", "Task Initiation", "Emerging", "Started the worksheet only after I stood next to him (approx 6 min in)."),
        ("S1706", "Inhibitory Control", "Emerging", "Called out answers four times during the starter, including one while Leila was mid-sentence."),
        ("S1706", "Organization", "Emerging", "Lost his lab book again - borrowed paper."),
        ("S1706", "Self-Management", "Developing", "when his group's measurement went wrong he didn't throw a strop like last week. He said \"ugh\" and then asked Sofia what to do, and had another go."),
    ],
)

doc(
    name="Junho tutoring Leila.txt",
    teacher="T1702",
    kind="txt",
    text="""Peer tutoring - Tues 21/10/2025 - lunchtime science clinic
Tutor: Jun-ho   Tutee: Leila   (Mr W dropping in)

[00:00:03] Junho: So which bit of the particle model is confusing?
[00:00:07] Leila: Why gas spreads out. I get that the particles move, but I don't get why they don't just stay in the corner.
[00:00:15] Junho: OK, imagine the particles are people in the hall at lunch. If everyone is running around and nobody is holding hands, do they stay in one corner?
[00:00:23] Leila: No, they'd end up everywhere. Oh. So there's nothing holding them together, so they spread until they hit the walls.
[00:00:31] Junho: Yes! Can you say it with the science words?
[00:00:35] Leila: The particles in a gas have weak forces between them and they move randomly, so they spread out to fill the container.
[00:00:44] Mr Whitlock: Nicely done, both of you. Junho, why did you ask her to say it with the science words?
[00:00:49] Junho: Because last time I tutored someone I just told them the answer and they forgot it by the test. If she says it herself she'll remember it.
[00:00:58] Leila: Can we do liquids next? I wrote down three questions from the homework so we don't waste time.
[00:01:04] Junho: Sure. Which one's first?
[00:01:06] Leila: Number two, because one and three need it.
""",
    truth=[
        ("S1708", "peer_tutoring_transcript", "2025-10-21", "tutor"),
        ("S1707", "peer_tutoring_transcript", "2025-10-21", "tutee"),
    ],
    labels=[
        ("S1708", "Communication", "Proficient", "imagine the particles are people in the hall at lunch. If everyone is running around and nobody is holding hands, do they stay in one corner?"),
        ("S1708", "Relationship Skills", "Advanced", "Because last time I tutored someone I just told them the answer and they forgot it by the test. If she says it herself she'll remember it."),
        ("S1707", "Planning & Prioritization", "Proficient", "I wrote down three questions from the homework so we don't waste time."),
        ("S1707", "Planning & Prioritization", "Proficient", "Number two, because one and three need it."),
        ("S1707", "Communication", "Proficient", "The particles in a gas have weak forces between them and they move randomly, so they spread out to fill the container."),
    ],
)

doc(
    name="Fwd Ben - evenings.eml",
    teacher="T1702",
    kind="eml",
    headers=[
        ("From", "Rosalind Achterberg <r.achterberg@kestrelbay-is.example>"),
        ("To", "Callum Whitlock <c.whitlock@kestrelbay-is.example>"),
        ("Subject", "Fwd: Ben - evenings"),
        ("Date", "Tue, 11 Nov 2025 08:05:31 +0800"),
        ("Message-ID", "<kb17-0015@kestrelbay-is.example>"),
    ],
    body="""Hi Callum,

Forwarding this from Ben's dad as you're his tutor - he's happy for you to see it. Could you pick it up? Nothing urgent.

Rosalind (Head of Year 7)

---------- Forwarded message ---------
From: Martin Hale <martin.hale@postbox.example>
Date: Mon, 10 Nov 2025 at 21:17
Subject: Ben - evenings
To: Rosalind Achterberg <r.achterberg@kestrelbay-is.example>

Dear Ms Achterberg,

I wanted to flag that Ben has been struggling in the evenings. He sits down for homework and within five minutes he's on his tablet watching videos, and when I take it away he gets very angry and says it's unfair. Last night he said to me, "I can't do it anyway so what's the point", and he slammed the door.

He does seem happier about Science. He told his mum that Mr Whitlock's checklist "actually helps because I don't have to remember everything", which is the first positive thing he's said about homework all term.

Is there anything you'd suggest? We're not sure whether to ban the tablet on school nights.

Thanks,
Martin Hale
""",
    truth=[("S1706", "parent_note", "2025-11-10", "forwarded by Head of Year on 11 Nov; parent's note dated 10 Nov")],
    labels=[
        ("S1706", "Self-Management", "Emerging", "when I take it away he gets very angry and says it's unfair. Last night he said to me, \"I can't do it anyway so what's the point\", and he slammed the door."),
        ("S1706", "Digital Literacy", "Emerging", "within five minutes he's on his tablet watching videos"),
        ("S1706", "Working Memory", "Developing", "actually helps because I don't have to remember everything"),
    ],
)

doc(
    name="Leila reflection.pdf",
    teacher="T1702",
    kind="pdf",
    title="Leila Haddad - Science reflection",
    blocks=[
        ("h1", "Science reflection - Forces unit"),
        ("p", "Leila Haddad, 7W, 28/11/2025"),
        ("h2", "What did you do when the investigation didn't work?"),
        ("p", "Our trolley kept veering off the ramp, so the times were all over the place. At first I wanted to just average them, but then I realised an average of bad data is still bad data. I suggested we put the ramp against the wall and use masking tape as a guide rail. The tape idea was mine, I'd seen something like it in a marble-run video, and it worked - the times were much closer together."),
        ("h2", "How did your group work?"),
        ("p", "Sofia and I disagreed about whether to redo everything. I thought we didn't have time. She pointed out that we'd only need to redo three runs, not all twelve, so I changed my mind. I think I'm getting better at not digging my heels in when someone has a better point."),
        ("h2", "What will you do differently?"),
        ("p", "Test the equipment before we start collecting proper results. I'll put that as step zero on my method from now on."),
    ],
    truth=[("S1707", "reflection_journal", "2025-11-28", "British spellings; mentions Sofia (Reyes, same teacher) but she is not the subject")],
    labels=[
        ("S1707", "Critical Thinking", "Proficient", "At first I wanted to just average them, but then I realised an average of bad data is still bad data."),
        ("S1707", "Creativity & Innovation", "Proficient", "The tape idea was mine, I'd seen something like it in a marble-run video, and it worked - the times were much closer together."),
        ("S1707", "Cognitive Flexibility", "Proficient", "She pointed out that we'd only need to redo three runs, not all twelve, so I changed my mind."),
        ("S1707", "Planning & Prioritization", "Proficient", "Test the equipment before we start collecting proper results. I'll put that as step zero on my method from now on."),
    ],
)

doc(
    name="peer feedback - rocket designs.docx",
    teacher="T1702",
    kind="docx",
    core=dict(title="Peer feedback - bottle rockets", author="C Whitlock", subject="7W Science"),
    blocks=[
        ("h1", "Peer feedback: bottle rocket designs"),
        ("p", "7W Science - 15/01/2026. Write your feedback in the box. Be kind, be specific, be helpful."),
        ("table", [
            ["Reviewer", "Design reviewed", "Feedback"],
            ["Sofia R.", "Ben H.", "Your fins are a really original shape, nobody else thought of curving them. But you didn't write why you chose that shape, so I can't tell if it's on purpose. Maybe test a straight one next to it so you have evidence? I'd be happy to help you set up the test if you want."],
            ["Jun-ho P.", "Sofia R.", "Your design is very neat and labelled. I don't think the nose cone will work though because it's really heavy, and heavy at the front might make it flip. Can you find out the mass?"],
            ["Ben H.", "Jun-ho P.", "its good. i like the colour"],
        ]),
        ("p", "Reminder: launch day is Thurs 22 Jan, weather permitting."),
    ],
    truth=[
        ("S1705", "peer_feedback", "2026-01-15", "reviewer and reviewed"),
        ("S1706", "peer_feedback", "2026-01-15", "reviewer and reviewed"),
        ("S1708", "peer_feedback", "2026-01-15", "reviewer and reviewed"),
    ],
    labels=[
        ("S1705", "Critical Thinking", "Proficient", "you didn't write why you chose that shape, so I can't tell if it's on purpose. Maybe test a straight one next to it so you have evidence?"),
        ("S1705", "Relationship Skills", "Proficient", "I'd be happy to help you set up the test if you want."),
        ("S1708", "Critical Thinking", "Proficient", "I don't think the nose cone will work though because it's really heavy, and heavy at the front might make it flip. Can you find out the mass?"),
        ("S1706", "Communication", "Emerging", "its good. i like the colour"),
        ("S1706", "Creativity & Innovation", "Proficient", "Your fins are a really original shape, nobody else thought of curving them."),
    ],
)

doc(
    name="Sofia R - conference.md",
    teacher="T1702",
    kind="md",
    text="""**Conference notes**

**Student:** Sofia Reyes
**Tutor group:** 7W
**Date:** 05/02/2026
**Attending:** Sofia, Mr Reyes (father), Mr Whitlock

**Strengths discussed**

Sofia is a steady, reliable group member. In the rocket project she kept the group's shared folder tidy and set up a checklist for who was bringing which materials; two other groups copied her checklist.

Mr Reyes said she now sets reminders on her phone for homework and revises for tests over several days rather than the night before.

**Area for growth**

Sofia is not confident speaking to the whole class. She told us she "would rather write ten pages than talk for one minute". In group work she speaks freely; it's only the full-class audience that worries her.

**Agreed next step**

Sofia will co-present in the renewable energy presentations in March and take one section. Mr W to give her a practice slot at lunch.
""",
    truth=[("S1705", "teacher_observation_note", "2026-02-05", "conference notes, bold Key: value metadata")],
    labels=[
        ("S1705", "Organization", "Advanced", "she kept the group's shared folder tidy and set up a checklist for who was bringing which materials; two other groups copied her checklist."),
        ("S1705", "Planning & Prioritization", "Proficient", "revises for tests over several days rather than the night before."),
        ("S1705", "Communication", "Developing", "Sofia is not confident speaking to the whole class. She told us she \"would rather write ten pages than talk for one minute\"."),
    ],
)

doc(
    name="renewables presentation grp2.vtt",
    teacher="T1702",
    kind="vtt",
    text="""WEBVTT

NOTE
7W Science - renewable energy presentations, group 2 - 12/03/2026 - recorded in the lab

00:00:02.000 --> 00:00:10.000
<v Jun-ho>Hi, we're group two and our question was: what's the best renewable energy source for an island like ours?

00:00:10.500 --> 00:00:24.000
<v Sofia>I'm doing solar. We get about two thousand hours of sunshine a year, which is a lot. But solar panels only work in the day, so you need batteries, and the batteries use lithium, which is mined in places like Chile where it uses up a lot of water. So it's not totally clean.

00:00:24.500 --> 00:00:36.000
<v Leila>I did wind. The problem with wind here is typhoons. I found a report from Japan where they designed turbines that can survive typhoons, so I emailed the company to ask if they'd work here, and they actually replied and sent me their data sheet.

00:00:36.500 --> 00:00:44.000
<v Ben>I did tidal. Um. The sea goes up and down. That makes energy. Um, I forgot my next bit. Sorry. Tidal is good.

00:00:44.500 --> 00:01:00.000
<v Jun-ho>So our conclusion is a mix, because each one fails at different times. Solar in the day, wind in the monsoon, tidal is predictable. If one stops the others cover it. Ben found that tidal is the most predictable one, which is why we kept it.

00:01:00.500 --> 00:01:06.000
<v Mr Whitlock>Thank you, group two. Questions from the audience? Yes, Kenji.

00:01:06.500 --> 00:01:12.000
<v Kenji>Isn't the mix more expensive than just one?

00:01:12.500 --> 00:01:24.000
<v Sofia>Yes, at the start. But we looked at what happens when there's a blackout after a typhoon, and that costs more. We thought about the long term, not just the first year.

NOTE
Teacher: Sofia presented her section confidently - the lunchtime practice paid off. Ben needs his cue cards next time.
""",
    truth=[
        ("S1708", "project_presentation_transcript", "2026-03-12", "presenter"),
        ("S1705", "project_presentation_transcript", "2026-03-12", "presenter; Sofia Reyes"),
        ("S1707", "project_presentation_transcript", "2026-03-12", "presenter"),
        ("S1706", "project_presentation_transcript", "2026-03-12", "presenter; Kenji (S1703, T1701) asks a question - no row"),
    ],
    labels=[
        ("S1708", "Collaboration", "Advanced", "Ben found that tidal is the most predictable one, which is why we kept it."),
        ("S1708", "Critical Thinking", "Proficient", "So our conclusion is a mix, because each one fails at different times."),
        ("S1705", "Global Awareness", "Proficient", "the batteries use lithium, which is mined in places like Chile where it uses up a lot of water. So it's not totally clean."),
        ("S1705", "Responsible Decision-Making", "Advanced", "We thought about the long term, not just the first year."),
        ("S1707", "Global Awareness", "Advanced", "I found a report from Japan where they designed turbines that can survive typhoons, so I emailed the company to ask if they'd work here, and they actually replied and sent me their data sheet."),
        ("S1706", "Communication", "Emerging", "The sea goes up and down. That makes energy. Um, I forgot my next bit. Sorry. Tidal is good."),
        ("S1706", "Working Memory", "Emerging", "Um, I forgot my next bit."),
    ],
)

doc(
    name="Ben reflection spring.txt",
    teacher="T1702",
    kind="txt",
    text="""Ben Hale - reflection - 20/04/2026

Q (Mr W): What has changed for you since October?

I need fewer reminders now. In October Mr W had to stand next to me to get me going, and now I usually start when the timer goes on the board. Not always but mostly.

I use my checklist for every practical. I tick the steps so I don't lose where I am. In the rocket launch I didn't mess up the order once.

At home we made a rule that the tablet goes in the kitchen till homework is done. I hated it at first but now I get it done quicker and then I have the whole evening.

Q: What is still hard?

Talking in front of the class. I forgot my bit in the renewables presentation and I felt really stupid. Next time I want to practise with Junho at lunch like Sofia did with Mr W.

Q: Anything else?

I'm not saying I'm perfect at waiting my turn but I didn't get a single warning this week, which is a record.
""",
    truth=[("S1706", "reflection_journal", "2026-04-20", "growth over the year; teacher questions inline")],
    labels=[
        ("S1706", "Task Initiation", "Developing", "now I usually start when the timer goes on the board. Not always but mostly."),
        ("S1706", "Working Memory", "Proficient", "I use my checklist for every practical. I tick the steps so I don't lose where I am."),
        ("S1706", "Self-Management", "Developing", "At home we made a rule that the tablet goes in the kitchen till homework is done. I hated it at first but now I get it done quicker"),
        ("S1706", "Self-Awareness", "Proficient", "I forgot my bit in the renewables presentation and I felt really stupid. Next time I want to practise with Junho at lunch like Sofia did with Mr W."),
        ("S1706", "Inhibitory Control", "Developing", "I'm not saying I'm perfect at waiting my turn but I didn't get a single warning this week, which is a record."),
    ],
)

doc(
    name="email from Mrs Park.eml",
    teacher="T1702",
    kind="eml",
    headers=[
        ("From", "Park Min-seo <minseo.park@homemail.example>"),
        ("To", "Callum Whitlock <c.whitlock@kestrelbay-is.example>"),
        ("Subject", "Jun-ho and the science fair"),
        ("Date", "Mon, 2 Mar 2026 07:30:00 +0800"),
        ("Message-ID", "<kb17-0021@homemail.example>"),
    ],
    body="""Dear Mr Whitlock,

I hope you are well. I am writing because Jun-ho has been very busy with a project at home and I wanted you to know about it.

After your unit on water filtration he decided by himself to build a filter for his grandmother's village in Gangwon, where the well water is often cloudy. Nobody asked him to. He researched different sand and charcoal layers on the internet, and he told me "Mum, half of these videos are fake, the water is clear because they edit it", so he only used the instructions from a university website. He has tested four versions with a turbidity card.

He also taught his younger cousin how to test the water and they do it together on video calls.

He asked me if he could show this at the science fair. Is that possible?

With thanks,
Park Min-seo
""",
    truth=[("S1708", "parent_note", "2026-03-02", "parent quotes the child")],
    labels=[
        ("S1708", "Task Initiation", "Advanced", "he decided by himself to build a filter for his grandmother's village in Gangwon, where the well water is often cloudy. Nobody asked him to."),
        ("S1708", "Digital Literacy", "Advanced", "Mum, half of these videos are fake, the water is clear because they edit it"),
        ("S1708", "Creativity & Innovation", "Advanced", "He researched different sand and charcoal layers on the internet"),
        ("S1708", "Relationship Skills", "Advanced", "He also taught his younger cousin how to test the water and they do it together on video calls."),
    ],
)

doc(
    name="notes wk 30.txt",
    teacher="T1702",
    kind="txt",
    text="""notes wk 30 - 19 May - 7W

Leila - ran the revision quiz for her table without me asking. When Sofia and Ben started arguing over whose turn it was she stopped the quiz, asked each of them what they thought had happened, and suggested they take turns by question number. It worked and they carried on. She's not someone who used to step into conflict.

Sofia R - spoke up in the whole-class discussion twice, unprompted. A real change from the autumn.

Ben - argued but calmed down within a minute once Leila intervened. Didn't storm off.
""",
    truth=[
        ("S1707", "teacher_observation_note", "2026-05-19", "19 May, year implied"),
        ("S1705", "teacher_observation_note", "2026-05-19", ""),
        ("S1706", "teacher_observation_note", "2026-05-19", ""),
    ],
    labels=[
        ("S1707", "Collaboration", "Advanced", "When Sofia and Ben started arguing over whose turn it was she stopped the quiz, asked each of them what they thought had happened, and suggested they take turns by question number."),
        ("S1707", "Task Initiation", "Advanced", "ran the revision quiz for her table without me asking."),
        ("S1705", "Communication", "Proficient", "spoke up in the whole-class discussion twice, unprompted."),
        ("S1706", "Self-Management", "Developing", "argued but calmed down within a minute once Leila intervened. Didn't storm off."),
    ],
)


# ---------------------------------------------------------------------------
# T1703  Ms Ingrid Solberg - Grade 8 English
# Her habits: exports journals from the word processor to PDF; uses the
# ClearScribe transcription service (Speaker 1, Speaker 2 ...) for literature
# circles; dates dd/mm/yyyy.
# ---------------------------------------------------------------------------

doc(
    name="Lit circle - Holes.vtt",
    teacher="T1703",
    kind="vtt",
    text="""WEBVTT

NOTE
Transcript by ClearScribe (auto). Session: 8S English lit circle, 08/10/2025.
Speaker key added by I. Solberg: Speaker 1 = me, Speaker 2 = Tilly, Speaker 3 = Rafa, Speaker 4 = Ngozi, Speaker 5 = Olly

00:00:01.000 --> 00:00:08.000
<v Speaker 1>Today's question: is Stanley a victim of bad luck, or does he make his own luck? Discussion director, over to you.

00:00:08.500 --> 00:00:20.000
<v Speaker 4>Thanks. So I'm discussion director. I want everyone to say one thing before we argue. Olly, you haven't spoken yet in these, do you want to start? No pressure.

00:00:20.500 --> 00:00:26.000
<v Speaker 5>Um. Bad luck. The shoes fell on him.

00:00:26.500 --> 00:00:33.000
<v Speaker 4>That's a good point, the shoes literally fall from the sky. Can you find the page?

00:00:33.500 --> 00:00:38.000
<v Speaker 5>Page twenty-four, I think. Yeah. "The shoes fell from the sky."

00:00:38.500 --> 00:00:52.000
<v Speaker 2>But I disagree a bit. On page eighty-something he chooses to take the blame for Zero stealing the seeds. That's not luck, that's a decision. So I think it starts as luck and then he makes choices.

00:00:52.500 --> 00:00:58.000
<v Speaker 3>That's boring, everything is both. Stanley is just a loser.

00:00:58.500 --> 00:01:10.000
<v Speaker 4>Rafa, I think you might be saying he's unlucky in a funny way? Cos the family curse thing is kind of a joke in the book. Can you explain what you mean?

00:01:10.500 --> 00:01:22.000
<v Speaker 3>Yeah, OK, sort of. The curse is like a running joke, like every Yelnats gets the bad luck. So the author wants us to laugh at the bad luck but then Stanley breaks the curse by carrying Zero up the mountain.

00:01:22.500 --> 00:01:34.000
<v Speaker 2>Ooh, so the curse is a structure thing. It breaks when he chooses to help someone. That links luck and choice. I didn't see it like that before, Rafa.

00:01:34.500 --> 00:01:40.000
<v Speaker 1>Lovely. Two minutes left - summariser?

00:01:40.500 --> 00:01:54.000
<v Speaker 2>So: Olly says bad luck with the shoes, I said choice with the seeds, Rafa says the curse is a joke that breaks when Stanley chooses to help. So our group answer is it starts as luck but his choices change it.

NOTE
Skills observed (IS): Ngozi - Collaboration: Advanced; Olly - Communication: Emerging; Tilly - Critical Thinking: Proficient. Rafa - Relationship Skills: Developing (dismissive at first).
""",
    truth=[
        ("S1709", "group_discussion_transcript", "2025-10-08", "Speaker 2 per teacher's key"),
        ("S1710", "group_discussion_transcript", "2025-10-08", "Speaker 3"),
        ("S1711", "group_discussion_transcript", "2025-10-08", "Speaker 4"),
        ("S1712", "group_discussion_transcript", "2025-10-08", "Speaker 5"),
    ],
    labels=[
        ("S1711", "Collaboration", "Advanced", "I want everyone to say one thing before we argue. Olly, you haven't spoken yet in these, do you want to start? No pressure."),
        ("S1711", "Social Awareness", "Advanced", "Rafa, I think you might be saying he's unlucky in a funny way? Cos the family curse thing is kind of a joke in the book. Can you explain what you mean?"),
        ("S1712", "Communication", "Emerging", "Um. Bad luck. The shoes fell on him."),
        ("S1709", "Critical Thinking", "Proficient", "On page eighty-something he chooses to take the blame for Zero stealing the seeds. That's not luck, that's a decision."),
        ("S1709", "Cognitive Flexibility", "Proficient", "It breaks when he chooses to help someone. That links luck and choice. I didn't see it like that before, Rafa."),
        ("S1709", "Working Memory", "Proficient", "Olly says bad luck with the shoes, I said choice with the seeds, Rafa says the curse is a joke that breaks when Stanley chooses to help."),
        ("S1710", "Relationship Skills", "Emerging", "That's boring, everything is both. Stanley is just a loser."),
        ("S1710", "Critical Thinking", "Developing", "So the author wants us to laugh at the bad luck but then Stanley breaks the curse by carrying Zero up the mountain."),
    ],
)

doc(
    name="Tilly journal.pdf",
    teacher="T1703",
    kind="pdf",
    title="Reading journal - Matilda Brooks",
    blocks=[
        ("h1", "Reading journal"),
        ("p", "Matilda Brooks (Tilly) - 8S - 17/09/2025"),
        ("p", "Ms Solberg's prompt: How does the narrator make you feel in chapter 3? Why?"),
        ("p", "I felt uncomfortable, and I think that's on purpose. The narrator keeps saying everything is fine but then describes the empty fridge and the unpaid bills, so I don't believe her. It made me think of when I tell my mum I'm fine when I'm actually nervous about swimming trials. I do that because I don't want her to worry, and maybe the narrator is the same."),
        ("p", "Ms Solberg's prompt: What is one question you'd ask the author?"),
        ("p", "Did you plan the ending before you started, or did you find out as you wrote?"),
        ("p", "Self-check: I finished the chapter on time this week. I didn't finish last week because I left it until Sunday night, so this week I read one chapter each night instead."),
    ],
    truth=[("S1709", "reflection_journal", "2025-09-17", "teacher prompts inside journal")],
    labels=[
        ("S1709", "Self-Awareness", "Proficient", "It made me think of when I tell my mum I'm fine when I'm actually nervous about swimming trials. I do that because I don't want her to worry"),
        ("S1709", "Critical Thinking", "Proficient", "The narrator keeps saying everything is fine but then describes the empty fridge and the unpaid bills, so I don't believe her."),
        ("S1709", "Planning & Prioritization", "Developing", "I didn't finish last week because I left it until Sunday night, so this week I read one chapter each night instead."),
    ],
)

doc(
    name="Olly obs.pdf",
    teacher="T1703",
    kind="pdf",
    title="Observation - Oliver Strand",
    blocks=[
        ("h1", "Teacher observation"),
        ("p", "Student: Oliver Strand (Olly), 8S"),
        ("p", "Date: 06/11/2025"),
        ("p", "Context: paired poetry annotation, then whole-class share."),
        ("p", "I can't fault Olly's preparation: he had every poem annotated before the lesson, colour-coded by technique, and his annotations were not at all superficial - he spotted the enjambment in the second stanza that most of the class missed."),
        ("p", "However, he did not speak during the whole-class share, and when I asked him directly he shook his head. His partner reported his ideas for him. He was not unkind or unwilling in the pair; he simply would not speak to the room."),
        ("p", "He also didn't look up from his work when his partner asked for the glue twice. It's not that he ignores people on purpose; he seems not to notice."),
        ("p", "Next step: give Olly a written sentence starter before the share; try him as summariser in lit circle."),
    ],
    truth=[("S1712", "teacher_observation_note", "2025-11-06", "negations and praise phrased negatively")],
    labels=[
        ("S1712", "Organization", "Proficient", "he had every poem annotated before the lesson, colour-coded by technique"),
        ("S1712", "Critical Thinking", "Proficient", "his annotations were not at all superficial - he spotted the enjambment in the second stanza that most of the class missed."),
        ("S1712", "Communication", "Emerging", "he did not speak during the whole-class share, and when I asked him directly he shook his head. His partner reported his ideas for him."),
        ("S1712", "Social Awareness", "Emerging", "He also didn't look up from his work when his partner asked for the glue twice. It's not that he ignores people on purpose; he seems not to notice."),
    ],
)

doc(
    name="Rafa speech.txt",
    teacher="T1703",
    kind="txt",
    text="""8S persuasive speeches - 27/11/2025 - Rafa's speech + Q&A
(typed from my phone recording, IS)

[00:00:00] Ms Solberg: Rafa, whenever you're ready.
[00:00:04] Rafa: Should phones be banned in schools? Everyone says yes because adults say phones are bad. But I want you to think about it from a different side. My little brother uses his phone to translate for my grandma at the doctor's, because she only speaks Portuguese. If his school banned phones completely, who would help her?
[00:00:28] Rafa: I'm not saying phones in lessons. I'm saying a total ban ignores people who need them. I read three articles, and two of them were from a company that sells phone lockers, so obviously they want a ban. The third was a study from a university that found bans helped test scores, but mostly for students who were already struggling. So maybe the answer is different rules for different people.
[00:00:58] Rafa: So my proposal: phones in lockers during lessons, but allowed for family reasons with a note. Thank you.
[00:01:03] Ms Solberg: Questions? Ngozi.
[00:01:06] Ngozi: That was really persuasive. Did you think about students who might lie and say it's a family reason?
[00:01:12] Rafa: Yeah, I did, that's why it needs a note from home. Someone could fake one, but you can't design a rule that nobody breaks.
[00:01:20] Ngozi: Fair. I think you changed my mind a bit, actually. I was totally for a ban before.
[00:01:26] Ms Solberg: Ngozi, you're up next.
[00:01:28] Ngozi: OK, mine's about school uniforms, and I'm going to start with a story about my first day here...

---
Rafa - huge step from the lit circle in October. Ngozi's question was generous and sharp.
""",
    truth=[
        ("S1710", "project_presentation_transcript", "2025-11-27", "file named for Rafa"),
        ("S1711", "project_presentation_transcript", "2025-11-27", "Ngozi also speaks (question + start of her own speech)"),
    ],
    labels=[
        ("S1710", "Social Awareness", "Proficient", "My little brother uses his phone to translate for my grandma at the doctor's, because she only speaks Portuguese. If his school banned phones completely, who would help her?"),
        ("S1710", "Critical Thinking", "Advanced", "two of them were from a company that sells phone lockers, so obviously they want a ban. The third was a study from a university that found bans helped test scores, but mostly for students who were already struggling. So maybe the answer is different rules for different people."),
        ("S1710", "Communication", "Proficient", "Should phones be banned in schools? Everyone says yes because adults say phones are bad. But I want you to think about it from a different side."),
        ("S1710", "Responsible Decision-Making", "Proficient", "Someone could fake one, but you can't design a rule that nobody breaks."),
        ("S1711", "Cognitive Flexibility", "Proficient", "I think you changed my mind a bit, actually. I was totally for a ban before."),
    ],
)

doc(
    name="peer review essays.pdf",
    teacher="T1703",
    kind="pdf",
    title="Peer review - argument essays",
    blocks=[
        ("h1", "Peer review: argument essays"),
        ("p", "8S English - 22/01/2026"),
        ("p", "Reviewer: Ngozi Adeyemi        Writer: Oliver Strand"),
        ("p", "What works: Your evidence is the strongest in the class, honestly. Every paragraph has a quote and you explain it. Your paragraph about the reservoir flooding the village made me think about people I'd never considered."),
        ("p", "What to improve: Your introduction doesn't say what you're arguing until the last line, so the reader has to wait. I'd move your claim to the first sentence. Also your conclusion just repeats - could you say why it matters for people our age?"),
        ("p", "Question for the writer: Would you be OK if I showed your evidence paragraph to my tutoring buddy in Grade 6 as an example? It explains things really clearly."),
        ("p", "Writer's response (Olly): Yes you can show it. I didn't know my intro was confusing, I will move the claim. I wrote the conclusion last and rushed it because I ran out of time, so next time I will plan the conclusion first."),
    ],
    truth=[
        ("S1711", "peer_feedback", "2026-01-22", "reviewer"),
        ("S1712", "peer_feedback", "2026-01-22", "writer; writes a response"),
    ],
    labels=[
        ("S1711", "Communication", "Proficient", "Your introduction doesn't say what you're arguing until the last line, so the reader has to wait. I'd move your claim to the first sentence."),
        ("S1711", "Relationship Skills", "Proficient", "Your evidence is the strongest in the class, honestly. Every paragraph has a quote and you explain it."),
        ("S1712", "Planning & Prioritization", "Developing", "I wrote the conclusion last and rushed it because I ran out of time, so next time I will plan the conclusion first."),
        ("S1712", "Communication", "Developing", "Yes you can show it. I didn't know my intro was confusing, I will move the claim."),
    ],
)

doc(
    name="Re Tilly's reading.eml",
    teacher="T1703",
    kind="eml",
    headers=[
        ("From", "Helen Brooks <helen.brooks@familymail.example>"),
        ("To", "Ingrid Solberg <i.solberg@kestrelbay-is.example>"),
        ("Subject", "Re: Tilly's reading"),
        ("Date", "Wed, 14 Jan 2026 20:11:45 +0800"),
        ("Message-ID", "<kb17-0028@familymail.example>"),
    ],
    body="""Hi Ingrid,

Thanks for the lovely report. A bit of news from home: Tilly has started a book club with two friends from her swimming squad (none of them at Kestrel Bay). She made a shared document with a reading schedule and discussion questions for each week, and she chose a book from Nigeria because she said "we only ever read books set in England or America and that's weird when we live here."

She also told me that when one of the girls didn't finish the chapters, she didn't tell her off - she said "maybe the schedule's too fast for a school week" and they changed it to one book a month.

She says she wasn't like this before your class, so thank you.

Best wishes,
Helen

On Tue, 13 Jan 2026, Ingrid Solberg wrote:
> Dear Mrs Brooks, I wanted to share Tilly's end-of-term reading report...
""",
    truth=[("S1709", "parent_note", "2026-01-14", "parent quotes the child; teacher's quoted message below")],
    labels=[
        ("S1709", "Task Initiation", "Advanced", "Tilly has started a book club with two friends from her swimming squad (none of them at Kestrel Bay)."),
        ("S1709", "Global Awareness", "Proficient", "we only ever read books set in England or America and that's weird when we live here."),
        ("S1709", "Social Awareness", "Advanced", "maybe the schedule's too fast for a school week"),
        ("S1709", "Planning & Prioritization", "Proficient", "She made a shared document with a reading schedule and discussion questions for each week"),
    ],
)

doc(
    name="Ngozi tutoring.txt",
    teacher="T1703",
    kind="txt",
    text="""Reading buddies - Ngozi (8S) with Yasmin (6F)
Tues 10/02/2026, library

[00:00:02] Ngozi: So last week you said the hardest bit is finding evidence. What did you try this week?
[00:00:08] Yasmin: I underlined stuff but I underlined nearly everything.
[00:00:12] Ngozi: Ha, I used to do that too. OK, here's a trick. Before you underline, write the question at the top. Then only underline things that answer it. Want to try on this page?
[00:00:24] Yasmin: The question is why is the grandfather angry. Um... "he slammed the gate". And "they sold the field without asking him".
[00:00:35] Ngozi: Perfect, two bits, not twenty. Which one is stronger?
[00:00:39] Yasmin: The field one, because it says why. The gate just shows he's angry.
[00:00:45] Ngozi: Exactly. I'm going to show you an example from my class - my friend Olly's essay paragraph, he said it's OK. See how he puts the quote and then says "this shows"?
[00:00:58] Yasmin: Can I copy that?
[00:01:00] Ngozi: Copy the shape, not the words. Make it about your book. I'll check it next Tuesday. I'll write it in my planner so I don't forget.

Note (IS): Ngozi planned this session herself and brought the example. Yasmin is Mr Ferreira's tutee.
""",
    truth=[("S1711", "peer_tutoring_transcript", "2026-02-10", "Ngozi tutors Yasmin (S1713, T1704's student) - no row for Yasmin")],
    labels=[
        ("S1711", "Relationship Skills", "Advanced", "Ha, I used to do that too. OK, here's a trick. Before you underline, write the question at the top. Then only underline things that answer it."),
        ("S1711", "Communication", "Proficient", "Copy the shape, not the words. Make it about your book."),
        ("S1711", "Organization", "Proficient", "I'll check it next Tuesday. I'll write it in my planner so I don't forget."),
    ],
)

doc(
    name="conference notes Rafa 2026.docx",
    teacher="T1703",
    kind="docx",
    core=dict(title="Conference - Rafael Costa", author="I Solberg", subject="Parent-teacher-student conference"),
    blocks=[
        ("h1", "Conference notes - Rafael Costa (Rafa), 8S"),
        ("p", "26/03/2026 - with Mrs Costa and Rafa"),
        ("h2", "Where Rafa is now"),
        ("table", [
            ["Area", "Notes"],
            ["Speaking", "Gives persuasive, well-structured speeches and adapts his examples to who is listening; the phones speech in November was a turning point."],
            ["Working with others", "Much less dismissive than in the autumn. In the last two lit circles he asked others to explain before disagreeing. Still occasionally talks over quieter students when excited."],
            ["Deadlines", "Missed two of four homework deadlines this half-term. Says he 'knows what to do but never starts until it's late'."],
        ]),
        ("h2", "Rafa's own words"),
        ("p", "Rafa said: \"I get really into the debates but then at home I just play games and tell myself I'll do it after one more match. I know that's the problem.\" He suggested doing homework at the library before football on Tuesdays and Thursdays."),
        ("h2", "Agreed"),
        ("p", "Library homework slot Tue/Thu; Mrs Costa to check planner on Fridays; review in May."),
    ],
    truth=[("S1710", "teacher_observation_note", "2026-03-26", "conference notes with table")],
    labels=[
        ("S1710", "Communication", "Proficient", "Gives persuasive, well-structured speeches and adapts his examples to who is listening"),
        ("S1710", "Relationship Skills", "Developing", "In the last two lit circles he asked others to explain before disagreeing. Still occasionally talks over quieter students when excited."),
        ("S1710", "Task Initiation", "Emerging", "I get really into the debates but then at home I just play games and tell myself I'll do it after one more match."),
        ("S1710", "Self-Awareness", "Proficient", "I know that's the problem."),
        ("S1710", "Self-Management", "Developing", "He suggested doing homework at the library before football on Tuesdays and Thursdays."),
    ],
)

doc(
    name="Olly reflection final.md",
    teacher="T1703",
    kind="md",
    text="""# End of year reflection

**Name:** Oliver Strand
**Class:** 8S English
**Date:** 04/06/2026

**1. What are you proudest of this year?**

Being summariser in the lit circles. In October I said about five words. In the last one in May I summarised the whole discussion and I disagreed with Tilly and explained why, using page numbers. I was nervous but I did it anyway.

**2. What helped?**

Ms Solberg giving me the sentence starter cards. I don't need the cards now. I practise what I want to say in my head first, and if I'm nervous I write one key word on my hand.

**3. How have you helped others?**

Ngozi used my evidence paragraph to teach a Grade 6 student. I didn't think my work was good enough to be an example. Then in the essay club I showed two Grade 7s how I colour-code my annotations, and one of them uses it now.

**4. Goal for Grade 9:**

Put my hand up at least once every lesson, even in Maths where I don't know anyone well.
""",
    truth=[("S1712", "reflection_journal", "2026-06-04", "growth over the year")],
    labels=[
        ("S1712", "Communication", "Proficient", "In the last one in May I summarised the whole discussion and I disagreed with Tilly and explained why, using page numbers."),
        ("S1712", "Self-Management", "Proficient", "I practise what I want to say in my head first, and if I'm nervous I write one key word on my hand."),
        ("S1712", "Organization", "Advanced", "in the essay club I showed two Grade 7s how I colour-code my annotations, and one of them uses it now."),
        ("S1712", "Self-Awareness", "Advanced", "Put my hand up at least once every lesson, even in Maths where I don't know anyone well."),
    ],
)

doc(
    name="exit tix 12-02.txt",
    teacher="T1703",
    kind="txt",
    text="""Exit tickets - 8S - 12/02/2026 - "What makes a source trustworthy?"

Tilly: Who wrote it and why. If it's an advert it's trying to sell you something. I also check the date because old science can be wrong now. And I compare it with another site that doesn't have the same owner.

Rafa: If it has lots of likes probably its true. Also if it's on the news.

Ms S note: Rafa - follow up on this, contradicts his speech in Nov. Tilly used lateral reading unprompted.
""",
    truth=[
        ("S1709", "reflection_journal", "2026-02-12", "exit tickets; 12-02 in name = 12 Feb"),
        ("S1710", "reflection_journal", "2026-02-12", ""),
    ],
    labels=[
        ("S1709", "Digital Literacy", "Advanced", "I also check the date because old science can be wrong now. And I compare it with another site that doesn't have the same owner."),
        ("S1710", "Digital Literacy", "Emerging", "If it has lots of likes probably its true. Also if it's on the news."),
        ("S1710", "Critical Thinking", "Emerging", "If it has lots of likes probably its true."),
    ],
)


# ---------------------------------------------------------------------------
# T1704  Mr Tomas Ferreira - Grade 6 Maths & Design (tutor group 6F)
# His habits: markdown notes, "Wed 1/10" (day/month, no leading zero), docx
# forms, forwards nothing, keeps parent emails.
# ---------------------------------------------------------------------------

doc(
    name="design sprint group chat transcript.txt",
    teacher="T1704",
    kind="txt",
    text="""6F Design - sprint 1 group talk - 24/09/2025
Task: design a better lunch queue system for the canteen (15 min)

[00:00:04] Yasmin: OK, can we first write down the problem? Like, what actually goes wrong in the queue?
[00:00:09] Theo: It's too long. Next.
[00:00:11] Danny: I don't want to do this one. Can we do the phone stand one instead?
[00:00:15] Hana: Mr Ferreira said everyone does the canteen. I timed the queue yesterday for my maths homework - it took eleven minutes from the door to the food.
[00:00:23] Yasmin: That's really useful, Hana. So the problem is eleven minutes. Where does it get stuck?
[00:00:28] Hana: At the card machine. People can't find their cards.
[00:00:31] Theo: We could just have two queues. Easy. I'll draw it.
[00:00:34] Danny: Whatever. I'm not drawing.
[00:00:37] Yasmin: Theo, wait, can we hear everyone's idea first and then choose? Danny, what would you change if you were in charge?
[00:00:43] Danny: ...Cards on a lanyard. Then you don't lose it.
[00:00:46] Hana: Oh that's actually good, that fixes the card machine bit.
[00:00:50] Theo: Mine's still better. Two queues is faster.
[00:00:53] Yasmin: Maybe we do both and test it with the timer like Hana did? Then we'll know instead of guessing.

Mr F - Yasmin facilitating very naturally. Theo dominating, Danny disengaged until asked directly.
""",
    truth=[
        ("S1713", "group_discussion_transcript", "2025-09-24", ""),
        ("S1714", "group_discussion_transcript", "2025-09-24", ""),
        ("S1715", "group_discussion_transcript", "2025-09-24", ""),
        ("S1716", "group_discussion_transcript", "2025-09-24", "Danny = Daniel Osei"),
    ],
    labels=[
        ("S1713", "Collaboration", "Advanced", "Theo, wait, can we hear everyone's idea first and then choose? Danny, what would you change if you were in charge?"),
        ("S1713", "Critical Thinking", "Proficient", "Maybe we do both and test it with the timer like Hana did? Then we'll know instead of guessing."),
        ("S1714", "Collaboration", "Emerging", "We could just have two queues. Easy. I'll draw it."),
        ("S1714", "Collaboration", "Emerging", "Mine's still better. Two queues is faster."),
        ("S1716", "Task Initiation", "Emerging", "I don't want to do this one. Can we do the phone stand one instead?"),
        ("S1716", "Creativity & Innovation", "Developing", "Cards on a lanyard. Then you don't lose it."),
        ("S1715", "Critical Thinking", "Proficient", "I timed the queue yesterday for my maths homework - it took eleven minutes from the door to the food."),
        ("S1715", "Collaboration", "Proficient", "Oh that's actually good, that fixes the card machine bit."),
    ],
)

doc(
    name="Danny.md",
    teacher="T1704",
    kind="md",
    text="""## Danny - obs

**Date:** Wed 1/10
**Lesson:** 6F Maths, fractions of amounts
**Support:** sat with TA for first 20 min

- Put his head down when he saw the worksheet. Said "I'm rubbish at fractions, I always have been, it's the teacher's fault from last year."
- With the TA reading each step to him he did questions 1-3. As soon as she moved away he stopped and drew on his planner.
- Flicked a rubber at Theo's back twice. Denied it, then said Theo started it (he didn't).
- Left his maths book in the classroom at the end - 3rd time this week.

**Positive:** when Hana asked him for help with the drawing part of Design homework he explained it patiently and didn't rush her. He likes being the expert.
""",
    truth=[("S1716", "teacher_observation_note", "2025-10-01", "Wed 1/10 = 1 October 2025")],
    labels=[
        ("S1716", "Self-Awareness", "Emerging", "Said \"I'm rubbish at fractions, I always have been, it's the teacher's fault from last year.\""),
        ("S1716", "Self-Management", "Emerging", "As soon as she moved away he stopped and drew on his planner."),
        ("S1716", "Responsible Decision-Making", "Emerging", "Flicked a rubber at Theo's back twice. Denied it, then said Theo started it (he didn't)."),
        ("S1716", "Organization", "Emerging", "Left his maths book in the classroom at the end - 3rd time this week."),
        ("S1716", "Relationship Skills", "Developing", "when Hana asked him for help with the drawing part of Design homework he explained it patiently and didn't rush her."),
    ],
)

doc(
    name="Hana exit ticket.docx",
    teacher="T1704",
    kind="docx",
    core=dict(title="Exit ticket 6F", author="Hana K", subject="Maths"),
    blocks=[
        ("h1", "Exit ticket"),
        ("p", "Hana Kobayashi - 6F - 09/10/2025"),
        ("table", [
            ["Question", "Answer"],
            ["Show two different ways to find 3/4 of 36.", "Way 1: 36 divided by 4 is 9, times 3 is 27. Way 2: 3/4 is 75% so half of 36 is 18 plus a quarter is 9 which is 27. I also checked with a bar model."],
            ["Which way do you prefer and why?", "The bar model because I can see it, but the percent way is faster when the numbers are hard. I'd pick depending on the numbers."],
            ["Rate your understanding 1-4", "4"],
        ]),
    ],
    truth=[("S1715", "reflection_journal", "2025-10-09", "exit ticket in a docx table")],
    labels=[
        ("S1715", "Cognitive Flexibility", "Proficient", "Way 1: 36 divided by 4 is 9, times 3 is 27. Way 2: 3/4 is 75% so half of 36 is 18 plus a quarter is 9 which is 27. I also checked with a bar model."),
        ("S1715", "Cognitive Flexibility", "Advanced", "The bar model because I can see it, but the percent way is faster when the numbers are hard. I'd pick depending on the numbers."),
    ],
)

doc(
    name="Theo's mum email.eml",
    teacher="T1704",
    kind="eml",
    headers=[
        ("From", "Giulia Marchetti <giulia.marchetti@webpost.example>"),
        ("To", "Tomas Ferreira <t.ferreira@kestrelbay-is.example>"),
        ("Subject", "Theo - group work"),
        ("Date", "Thu, 16 Oct 2025 18:02:00 +0800"),
        ("Message-ID", "<kb17-0036@webpost.example>"),
    ],
    body="""Dear Mr Ferreira,

Theo came home upset today. He said "nobody in my group listens to me and my ideas are the best ones, so I just did the poster myself". I know Theo can be bossy - his older brother says the same thing about him at home - but I think he genuinely doesn't understand why the others got cross.

On the positive side he has been building things non-stop. He made a working marble run from cereal boxes at the weekend and redesigned it three times when the marbles kept flying off, without asking for help.

Could we talk about how to help him work with others?

Many thanks,
Giulia Marchetti
""",
    truth=[("S1714", "parent_note", "2025-10-16", "parent quotes child and sibling")],
    labels=[
        ("S1714", "Collaboration", "Emerging", "nobody in my group listens to me and my ideas are the best ones, so I just did the poster myself"),
        ("S1714", "Social Awareness", "Emerging", "I think he genuinely doesn't understand why the others got cross."),
        ("S1714", "Creativity & Innovation", "Proficient", "He made a working marble run from cereal boxes at the weekend and redesigned it three times when the marbles kept flying off, without asking for help."),
    ],
)

doc(
    name="tutoring fractions.md",
    teacher="T1704",
    kind="md",
    text="""# Peer tutoring - fractions

**Date:** 05/11/2025
**Tutor:** Hana
**Tutee:** Danny
**Where:** 6F, Wednesday maths clinic

**Hana:** Do you want to start with the ones you got wrong or the new ones?
**Danny:** The wrong ones. No, the new ones. I don't know.
**Hana:** Let's do one wrong one first so you can see you can fix it. Number 4: 2/3 of 12.
**Danny:** I did 12 divided by 3 is 4 and then I stopped.
**Hana:** That's the first step, good. What does the 2 on top tell you?
**Danny:** Two lots? So 4 times 2. Eight!
**Hana:** Yes! See, you weren't rubbish, you just missed a step. I miss steps too, so I write a little arrow for each one.
**Danny:** Can you write the arrows for me?
**Hana:** I'll do the first one and you do the next one. Deal?
**Danny:** Deal. Divide by the bottom, times by the top. I'm writing that on my hand.
**Mr Ferreira:** Danny, can you explain number 5 back to Hana?
**Danny:** 3/5 of 20. 20 divided by 5 is 4, times 3 is 12. Divide by bottom, times by top.

*Mr F: Hana adjusted to Danny really well. Danny stayed on task for the full 15 min - a first.*
""",
    truth=[
        ("S1715", "peer_tutoring_transcript", "2025-11-05", "tutor"),
        ("S1716", "peer_tutoring_transcript", "2025-11-05", "tutee"),
    ],
    labels=[
        ("S1715", "Relationship Skills", "Advanced", "Let's do one wrong one first so you can see you can fix it."),
        ("S1715", "Social Awareness", "Proficient", "See, you weren't rubbish, you just missed a step. I miss steps too, so I write a little arrow for each one."),
        ("S1716", "Working Memory", "Developing", "Divide by the bottom, times by the top. I'm writing that on my hand."),
        ("S1716", "Working Memory", "Developing", "20 divided by 5 is 4, times 3 is 12. Divide by bottom, times by top."),
    ],
)

doc(
    name="bridge project presentations.pdf",
    teacher="T1704",
    kind="pdf",
    title="Bridge project presentations - 6F",
    blocks=[
        ("h1", "Bridge project presentations - 6F"),
        ("p", "Transcript of pair presentation, 09/12/2025 - Yasmin F. and Theo M."),
        ("p", "[00:00:02] Theo: Our bridge is a truss bridge made of spaghetti and glue. It held 2.4 kilograms, which was the second best in the class."),
        ("p", "[00:00:10] Yasmin: We planned it in three stages with a deadline for each, and we left the last two days free in case the glue didn't dry, which happened, so we were glad we did."),
        ("p", "[00:00:21] Theo: At first I wanted to do an arch because arches are the strongest. Yasmin showed me a video comparing them and the truss was better for spaghetti because spaghetti snaps when it bends. So I changed my mind, and she was right."),
        ("p", "[00:00:36] Yasmin: We also looked at real bridges. In places that get earthquakes, like Chile and Japan, bridges are designed to move a bit. We tried adding a flexible joint in the middle but it made it weaker, so we took it out. We'd try rubber bands next time."),
        ("p", "[00:00:52] Mr Ferreira: What would you change about how you worked together?"),
        ("p", "[00:00:55] Theo: I'd listen first before saying my idea. I wasted a day arguing about the arch."),
        ("p", "Teacher rating line: Yasmin - Planning & Prioritization: Advanced; Theo - Collaboration: Developing"),
    ],
    truth=[
        ("S1713", "project_presentation_transcript", "2025-12-09", ""),
        ("S1714", "project_presentation_transcript", "2025-12-09", ""),
    ],
    labels=[
        ("S1713", "Planning & Prioritization", "Advanced", "We planned it in three stages with a deadline for each, and we left the last two days free in case the glue didn't dry, which happened, so we were glad we did."),
        ("S1713", "Creativity & Innovation", "Advanced", "We tried adding a flexible joint in the middle but it made it weaker, so we took it out. We'd try rubber bands next time."),
        ("S1713", "Global Awareness", "Developing", "In places that get earthquakes, like Chile and Japan, bridges are designed to move a bit."),
        ("S1714", "Cognitive Flexibility", "Developing", "Yasmin showed me a video comparing them and the truss was better for spaghetti because spaghetti snaps when it bends. So I changed my mind, and she was right."),
        ("S1714", "Self-Awareness", "Developing", "I'd listen first before saying my idea. I wasted a day arguing about the arch."),
    ],
)

doc(
    name="peer feedback stall.txt",
    teacher="T1704",
    kind="txt",
    text="""PEER FEEDBACK - Market day stalls - 6F - 19/02/2026
From: Danny   To: Theo

What is good: Your price list is clear and you did the maths for profit right, I checked it. You let Hana do the sign even though you wanted to, which was nice.

What to improve: Your stall is really cluttered so people can't see the cheap things. Maybe put the cheap stuff at the front because kids only have a bit of money.

My idea for you: Do a "mystery bag" for 50 cents with the things that don't sell. I thought of that because at my uncle's shop they do it with old stock.

(Danny wrote this on his own at his desk - no TA. MF)
""",
    truth=[
        ("S1716", "peer_feedback", "2026-02-19", "writer"),
        ("S1714", "peer_feedback", "2026-02-19", "subject of feedback"),
    ],
    labels=[
        ("S1716", "Creativity & Innovation", "Proficient", "Do a \"mystery bag\" for 50 cents with the things that don't sell. I thought of that because at my uncle's shop they do it with old stock."),
        ("S1716", "Social Awareness", "Proficient", "Maybe put the cheap stuff at the front because kids only have a bit of money."),
        ("S1716", "Critical Thinking", "Developing", "you did the maths for profit right, I checked it."),
        ("S1714", "Collaboration", "Proficient", "You let Hana do the sign even though you wanted to, which was nice."),
    ],
)

doc(
    name="obs 6F maths.docx",
    teacher="T1704",
    kind="docx",
    core=dict(title="Observation 6F maths", author="T Ferreira", subject="Observation"),
    blocks=[
        ("h1", "Observation - 6F Maths"),
        ("p", "Date: 04/03/2026 (Wed, period 2) - open-ended task: plan a class trip on a budget"),
        ("h2", "Yasmin"),
        ("p", "Yasmin read the whole brief, then split it into budget, transport and timing and gave herself a time limit for each. She kept a running total in a spreadsheet and noticed the bus quote had changed since last week, so she rang... well, she asked me to ring the company to check. She anticipated that two students might not be able to pay and built a 10% hardship fund into the budget without being asked."),
        ("h2", "Hana"),
        ("p", "Hana got stuck when her first idea (train) was over budget and sat for a few minutes. After I asked \"what else could you try?\" she came up with two alternatives (coach, or splitting into two shorter trips) and compared the costs. Needed the prompt, but once she had it she was away."),
        ("table", [
            ["Student", "Skill", "Level (teacher)"],
            ["Yasmin", "Planning & Prioritization", "Advanced"],
            ["Hana", "Cognitive Flexibility", "Developing"],
        ]),
    ],
    truth=[
        ("S1713", "teacher_observation_note", "2026-03-04", ""),
        ("S1715", "teacher_observation_note", "2026-03-04", ""),
    ],
    labels=[
        ("S1713", "Planning & Prioritization", "Advanced", "Yasmin read the whole brief, then split it into budget, transport and timing and gave herself a time limit for each."),
        ("S1713", "Responsible Decision-Making", "Advanced", "She anticipated that two students might not be able to pay and built a 10% hardship fund into the budget without being asked."),
        ("S1713", "Working Memory", "Advanced", "She kept a running total in a spreadsheet and noticed the bus quote had changed since last week"),
        ("S1715", "Cognitive Flexibility", "Developing", "After I asked \"what else could you try?\" she came up with two alternatives (coach, or splitting into two shorter trips) and compared the costs."),
        ("S1715", "Self-Management", "Developing", "Hana got stuck when her first idea (train) was over budget and sat for a few minutes."),
    ],
)

doc(
    name="Danny progress.eml",
    teacher="T1704",
    kind="eml",
    headers=[
        ("From", "Abena Osei <abena.osei@mailhub.example>"),
        ("To", "Tomas Ferreira <t.ferreira@kestrelbay-is.example>"),
        ("Subject", "Daniel - thank you"),
        ("Date", "Mon, 20 Apr 2026 09:15:00 +0800"),
        ("Message-ID", "<kb17-0041@mailhub.example>"),
    ],
    body="""Dear Mr Ferreira,

I am Daniel's grandmother and I look after him after school. I wanted to write because he has changed so much this year.

In September he would not even open his bag. Now he takes out his planner by himself, looks at what is due and does the maths first because he says "if I do the one I hate first the rest is easy". He doesn't always finish but he always starts.

He also told me that he helped a new boy in his class who doesn't speak much English, by drawing the fraction pictures for him. He said "I remember when I didn't get it and nobody helped." I was very proud.

God bless,
Abena Osei
""",
    truth=[("S1716", "parent_note", "2026-04-20", "grandmother; growth over the year; reported speech")],
    labels=[
        ("S1716", "Task Initiation", "Proficient", "Now he takes out his planner by himself, looks at what is due and does the maths first"),
        ("S1716", "Self-Awareness", "Proficient", "if I do the one I hate first the rest is easy"),
        ("S1716", "Social Awareness", "Advanced", "he helped a new boy in his class who doesn't speak much English, by drawing the fraction pictures for him."),
        ("S1716", "Social Awareness", "Proficient", "I remember when I didn't get it and nobody helped."),
    ],
)

doc(
    name="Yasmin reflection.docx",
    teacher="T1704",
    kind="docx",
    core=dict(title="Reflection - Yasmin Farouk", author="Yasmin Farouk", subject="Term 3 reflection"),
    blocks=[
        ("h1", "My reflection - Term 3"),
        ("p", "Yasmin Farouk, 6F, 21/05/2026"),
        ("h2", "Something I did outside school using what I learnt"),
        ("p", "Our building's residents' group was arguing about whether to spend money on a new playground or on fixing the lifts. I made a survey on my tablet and asked 40 families, and I made a bar chart like we did in maths. I also made sure to ask the elderly people on the top floors by knocking on doors, because they don't use the online group. The lifts won, and the adults actually used my chart in their meeting."),
        ("h2", "Reading buddies"),
        ("p", "Ngozi from Grade 8 taught me to write the question before underlining. Now I teach it to my little brother for his homework, and I changed it a bit for him - he draws a box around the question instead because he's 7."),
        ("h2", "What I'm still working on"),
        ("p", "I sometimes take over in groups when it's going slowly. I'm trying to wait and ask questions instead. Theo says I'm better at it than him, which is funny because in September I was the one telling him to wait."),
    ],
    truth=[("S1713", "reflection_journal", "2026-05-21", "transfer outside school; mentions Ngozi (T1703's student)")],
    labels=[
        ("S1713", "Digital Literacy", "Proficient", "I made a survey on my tablet and asked 40 families, and I made a bar chart like we did in maths."),
        ("S1713", "Social Awareness", "Advanced", "I also made sure to ask the elderly people on the top floors by knocking on doors, because they don't use the online group."),
        ("S1713", "Communication", "Advanced", "The lifts won, and the adults actually used my chart in their meeting."),
        ("S1713", "Creativity & Innovation", "Advanced", "Now I teach it to my little brother for his homework, and I changed it a bit for him - he draws a box around the question instead because he's 7."),
        ("S1713", "Self-Awareness", "Proficient", "I sometimes take over in groups when it's going slowly. I'm trying to wait and ask questions instead."),
    ],
)

doc(
    name="notes 28 may.txt",
    teacher="T1704",
    kind="txt",
    text="""notes 28 may - 6F design, final build day

Theo - what a change. When the glue gun broke he didn't panic or blame anyone, he just re-planned with tape and split joints and told the group "OK, new plan, we've got 30 min". Later he noticed Danny was left out of the testing and handed him the stopwatch. Led the group without bossing them.

Danny - had all his materials in a labelled box (his idea) and lent spare scissors to two others. Finished his part before the deadline and didn't need a single reminder to start. Still gets frustrated if a test fails but recovered in a minute or so by himself.

Hana, Yasmin - absent (trip).
""",
    truth=[
        ("S1714", "teacher_observation_note", "2026-05-28", "28 May, year implied"),
        ("S1716", "teacher_observation_note", "2026-05-28", "Hana and Yasmin mentioned only as absent - no rows"),
    ],
    labels=[
        ("S1714", "Cognitive Flexibility", "Advanced", "When the glue gun broke he didn't panic or blame anyone, he just re-planned with tape and split joints"),
        ("S1714", "Collaboration", "Advanced", "Later he noticed Danny was left out of the testing and handed him the stopwatch. Led the group without bossing them."),
        ("S1716", "Organization", "Advanced", "had all his materials in a labelled box (his idea) and lent spare scissors to two others."),
        ("S1716", "Task Initiation", "Proficient", "Finished his part before the deadline and didn't need a single reminder to start."),
        ("S1716", "Self-Management", "Proficient", "Still gets frustrated if a test fails but recovered in a minute or so by himself."),
    ],
)
