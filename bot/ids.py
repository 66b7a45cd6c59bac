"""Every slash command, action, block and callback id the app uses, in one place."""

from __future__ import annotations

# Slash commands (manifest.yml installs the same names).
PROGRESS_COMMAND = "/progress"
REVIEW_COMMAND = "/review"
TARGET_COMMAND = "/target"
BADGE_COMMAND = "/badge"

# The action id of every student menu (the target and upload modals, the progress picker):
# a large class's type-ahead options request is routed by it.
STUDENT_INPUT = "student"

# Review messages (one entry's assessments, or a page of the review queue): one primary
# button accepts every pending item shown; ticked boxes and "Accept selected" accept some;
# each item's menu shows what its level means, corrects it or dismisses it; Undo for 10 min.
ACCEPT_ALL_ACTION = "entry_accept_all"
ACCEPT_SELECTED_ACTION = "accept_selected"
# Prefix: a message past 10 items has one checkbox group per 10 (ids unique in a block).
SELECT_ITEMS_ACTION = "select_items"
ITEM_MENU_ACTION = "assessment_menu"
UNDO_ACTION = "assessment_undo"
REVIEW_PAGE_ACTION = "review_page"
RETRY_ENTRY_ACTION = "entry_retry"
# Opens the review queue in the teacher's DM: App Home, the weekly digest.
OPEN_REVIEW_ACTION = "review_open"

# The Correct modal.
CORRECTION_VIEW = "correction_modal"
CORRECTION_LEVEL_BLOCK = "correction_level"
CORRECTION_LEVEL_INPUT = "level"
CORRECTION_JUSTIFICATION_BLOCK = "correction_justification"
CORRECTION_JUSTIFICATION_INPUT = "justification"
CORRECTION_NOTES_BLOCK = "correction_notes"
CORRECTION_NOTES_INPUT = "notes"
CORRECTION_REASON_BLOCK = "correction_reason"
CORRECTION_REASON_INPUT = "reason"
# An item's details (full quote, what its level means, the document): read only.
DETAILS_VIEW = "assessment_details"

# Uploads whose student or kind of document was unclear: a button opens the picker.
UPLOAD_FILE_ACTION = "upload_choose"
UPLOAD_STUDENT_BLOCK = "upload_student"
UPLOAD_STUDENT_INPUT = STUDENT_INPUT
UPLOAD_TYPE_BLOCK = "upload_type"
UPLOAD_TYPE_INPUT = "entry_type"
# A document whose text is already filed for the student: "File it again".
UPLOAD_REFILE_ACTION = "upload_refile"
# A bulk upload's summary: its reviews, as the review queue limited to that upload.
REVIEW_UPLOAD_ACTION = "review_upload"

# Targets: the modal, and the buttons that open it (/progress, App Home).
TARGET_VIEW = "target_modal"
OPEN_TARGET_ACTION = "target_open"
TARGET_STUDENT_BLOCK = "target_student"
TARGET_STUDENT_INPUT = STUDENT_INPUT
TARGET_SKILL_BLOCK = "target_skill"
TARGET_SKILL_INPUT = "skill"
TARGET_LEVEL_BLOCK = "target_level"
TARGET_LEVEL_INPUT = "level"

# Growth chart, from /progress or App Home.
CHART_ACTION = "growth_chart"
CHART_CATEGORY_ACTION = "growth_chart_by_category"
# A suggested target on /progress: opens the target form prefilled.
TARGET_SUGGESTION_ACTION = "target_suggestion"
# A check-in suggestion in the digest, answered: "Checked in" or "Not needed".
CHECKIN_ANSWER_ACTION = "checkin_answer"
CHECKIN_BLOCK_PREFIX = "checkin:"
# Progress from App Home (opens in a modal).
OPEN_PROGRESS_ACTION = "progress_open"
PROGRESS_VIEW = "progress_modal"

# Students named rather than numbered: when a name means two, a button per student
# (bot.payloads.StudentChoice); `/progress` alone opens a picker, whose menu (like every
# student menu of a large class) loads its options by type-ahead.
CHOOSE_STUDENT_ACTION = "student_choose"
PROGRESS_PICKER_VIEW = "progress_picker"
PICKER_STUDENT_BLOCK = "picker_student"

# The upload picker's modal.
UPLOAD_VIEW = "upload_modal"

# App Home: one overflow menu per student (progress, chart, target).
HOME_STUDENT_MENU = "home_student_menu"

# The first block of a review message names what it shows (bot.payloads.MessageRef), so a
# click re-draws it from the database.
MESSAGE_BLOCK_PREFIX = "shows:"
