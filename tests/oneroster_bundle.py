"""A small district's OneRoster bundle, written as an SIS writes it, in 1.1 or 1.2 CSV.

Two schools; a co-taught class; a student in three classes; a student with no email and
one with no grade of their own; a kindergartner, a guardian and a proctor (never
imported); rows being deleted. `second_term` is the next export: Ava leaves Art, Mr Ben
leaves the school (gone from the files), Ms Cara's row is `tobedeleted`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

MODIFIED = "2026-08-20T12:00:00.000Z"

USERS_11 = [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "orgSourcedIds",
    "role",
    "username",
    "userIds",
    "givenName",
    "familyName",
    "middleName",
    "identifier",
    "email",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "password",
]
USERS_12 = [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "username",
    "userIds",
    "givenName",
    "familyName",
    "middleName",
    "identifier",
    "email",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "password",
    "userMasterIdentifier",
    "resourceSourcedIds",
    "preferredGivenName",
    "preferredMiddleName",
    "preferredFamilyName",
    "primaryOrgSourcedId",
    "pronouns",
]
ROLES_12 = [
    "sourcedId",
    "status",
    "dateLastModified",
    "userSourcedId",
    "roleType",
    "role",
    "orgSourcedId",
    "userProfileSourcedId",
    "beginDate",
    "endDate",
]
ORGS = ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"]
SESSIONS = [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "type",
    "startDate",
    "endDate",
    "parentSourcedId",
    "schoolYear",
]
CLASSES = [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "grades",
    "courseSourcedId",
    "classCode",
    "classType",
    "location",
    "schoolSourcedId",
    "termSourcedIds",
    "subjects",
    "subjectCodes",
    "periods",
]
ENROLLMENTS = [
    "sourcedId",
    "status",
    "dateLastModified",
    "classSourcedId",
    "schoolSourcedId",
    "userSourcedId",
    "role",
    "primary",
    "beginDate",
    "endDate",
]


@dataclass(frozen=True)
class User:
    key: str
    role: str
    given: str
    family: str
    orgs: tuple[str, ...]
    identifier: str = ""
    email: str = ""
    grades: str = ""
    status: str = "active"


@dataclass(frozen=True)
class Enroll:
    key: str
    class_key: str
    school: str
    user: str
    role: str
    primary: str = "false"
    status: str = "active"


@dataclass
class District:
    orgs: list[list[str]] = field(default_factory=list)
    sessions: list[list[str]] = field(default_factory=list)
    classes: list[list[str]] = field(default_factory=list)
    users: list[User] = field(default_factory=list)
    enrollments: list[Enroll] = field(default_factory=list)

    def files(self, version: str) -> dict[str, str]:
        files = {
            "manifest.csv": _csv(
                ["propertyName", "value"],
                [
                    ["manifest.version", "1.0"],
                    ["oneroster.version", version],
                    *[
                        [f"file.{kind}", "bulk"]
                        for kind in ("academicSessions", "classes", "enrollments", "orgs", "users")
                    ],
                    *([["file.roles", "bulk"]] if version == "1.2" else []),
                    ["file.courses", "absent"],
                    ["file.demographics", "absent"],
                ],
            ),
            "orgs.csv": _csv(ORGS, self.orgs),
            "academicSessions.csv": _csv(SESSIONS, self.sessions),
            "classes.csv": _csv(CLASSES, self.classes),
            "enrollments.csv": _csv(
                ENROLLMENTS,
                [
                    [
                        e.key,
                        e.status,
                        MODIFIED,
                        e.class_key,
                        e.school,
                        e.user,
                        e.role,
                        e.primary,
                        "2026-08-20",
                        "",
                    ]
                    for e in self.enrollments
                ],
            ),
        }
        if version == "1.1":
            files["users.csv"] = _csv(USERS_11, [_user_11(u) for u in self.users])
        else:
            files["users.csv"] = _csv(USERS_12, [_user_12(u) for u in self.users])
            roles = [
                [
                    f"role-{u.key}-{i}",
                    u.status,
                    MODIFIED,
                    u.key,
                    "primary" if i == 0 else "secondary",
                    u.role,
                    org,
                    "",
                    "",
                    "",
                ]
                for u in self.users
                for i, org in enumerate(u.orgs)
            ]
            files["roles.csv"] = _csv(ROLES_12, roles)
        return files

    def write(self, folder: Path, version: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.files(version).items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    def write_zip(self, path: Path, version: str) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in self.files(version).items():
                archive.writestr(name, text)
        return path


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _user_11(u: User) -> list[str]:
    return [
        u.key,
        u.status,
        MODIFIED,
        "true",
        ",".join(u.orgs),
        u.role,
        u.key,
        "",
        u.given,
        u.family,
        "",
        u.identifier,
        u.email,
        "",
        "",
        "",
        u.grades,
        "",
    ]


def _user_12(u: User) -> list[str]:
    return [
        u.key,
        u.status,
        MODIFIED,
        "true",
        u.key,
        "",
        u.given,
        u.family,
        "",
        u.identifier,
        u.email,
        "",
        "",
        "",
        u.grades,
        "",
        "",
        "",
        "",
        "",
        "",
        u.orgs[0] if u.orgs else "",
        "",
    ]


def _class(key: str, title: str, school: str, grades: str, kind: str = "scheduled") -> list[str]:
    return [
        key,
        "active",
        MODIFIED,
        title,
        grades,
        "",
        key.upper(),
        kind,
        "",
        school,
        "term-fall",
        "",
        "",
        "",
    ]


def first_term() -> District:
    north, south = "sch-north", "sch-south"
    return District(
        orgs=[
            ["dist-1", "active", MODIFIED, "Lakeside District", "district", "D1", ""],
            [north, "active", MODIFIED, "North Middle", "school", "N", "dist-1"],
            [south, "active", MODIFIED, "South Middle", "school", "S", "dist-1"],
        ],
        sessions=[
            [
                "year-27",
                "active",
                MODIFIED,
                "2026-27",
                "schoolYear",
                "2026-08-20",
                "2027-06-20",
                "",
                "2027",
            ],
            [
                "term-fall",
                "active",
                MODIFIED,
                "Fall",
                "term",
                "2026-08-20",
                "2026-12-20",
                "year-27",
                "2027",
            ],
        ],
        classes=[
            _class("cls-ela7", "ELA 7", north, "07"),
            _class("cls-sci7", "Science 7", north, "07"),
            _class("cls-art", "Art", north, "06,07,08"),
            _class("cls-hr7", "Homeroom 7A", north, "07", "homeroom"),
            _class("cls-math6", "Math 6", south, "06"),
            ["cls-old", "tobedeleted", MODIFIED, "", "", "", "", "", "", "", "", "", "", ""],
        ],
        users=[
            User("tch-ana", "teacher", "Ana", "Alvarez", (north,), "101", "ana@north.example"),
            User("tch-ben", "teacher", "Ben", "Brooks", (north,), "102", "ben@north.example"),
            User("tch-cara", "teacher", "Cara", "Chen", (north,), "x-77", "cara@north.example"),
            # No email: linked with `flourish roster link`.
            User("tch-dev", "teacher", "Dev", "Dutta", (north,), "104"),
            User("aide-eli", "aide", "Eli", "Evans", (north,), "105", "eli@north.example"),
            User("tch-fay", "teacher", "Fay", "Fox", (south,), "106", "fay@south.example"),
            User("adm-gus", "administrator", "Gus", "Gray", ("dist-1",), "107", "gus@d.example"),
            User(
                "stu-ava",
                "student",
                "Ava",
                "Stone",
                (north, "dist-1"),
                "1001",
                "ava@s.example",
                "07",
            ),
            # No email.
            User("stu-bo", "student", "Bo", "Ruiz", (north,), "1002", grades="7"),
            # No grade of their own: ELA 7's grade; an identifier that is no handle.
            User("stu-cy", "student", "Cy", "Park", (north,), "NM-3"),
            # The same identifier as Ava, in another school: the same handle there.
            User("stu-dee", "student", "Dee", "Lane", (south,), "1001", grades="06"),
            User("stu-kim", "student", "Kim", "Young", (north,), "1005", grades="KG"),
            User("par-ava", "guardian", "Pat", "Stone", (north,), "", "pat@home.example"),
            User("pro-1", "proctor", "Quinn", "Hall", (north,), "", "quinn@north.example"),
            User("stu-gone", "student", "", "", (), status="tobedeleted"),
        ],
        enrollments=[
            Enroll("e-ana-ela7", "cls-ela7", north, "tch-ana", "teacher", "true"),
            Enroll("e-ben-ela7", "cls-ela7", north, "tch-ben", "teacher"),
            Enroll("e-cara-sci7", "cls-sci7", north, "tch-cara", "teacher", "true"),
            Enroll("e-eli-sci7", "cls-sci7", north, "aide-eli", "aide"),
            Enroll("e-dev-art", "cls-art", north, "tch-dev", "teacher", "true"),
            Enroll("e-ana-hr7", "cls-hr7", north, "tch-ana", "teacher", "true"),
            Enroll("e-fay-math6", "cls-math6", south, "tch-fay", "teacher", "true"),
            Enroll("e-gus-art", "cls-art", north, "adm-gus", "administrator"),
            Enroll("e-ava-ela7", "cls-ela7", north, "stu-ava", "student"),
            Enroll("e-ava-sci7", "cls-sci7", north, "stu-ava", "student"),
            Enroll("e-ava-art", "cls-art", north, "stu-ava", "student"),
            Enroll("e-bo-ela7", "cls-ela7", north, "stu-bo", "student"),
            Enroll("e-bo-hr7", "cls-hr7", north, "stu-bo", "student"),
            Enroll("e-cy-ela7", "cls-ela7", north, "stu-cy", "student"),
            Enroll("e-dee-math6", "cls-math6", south, "stu-dee", "student"),
            Enroll("e-kim-art", "cls-art", north, "stu-kim", "student"),
            Enroll("e-old", "cls-old", north, "stu-gone", "student", status="tobedeleted"),
        ],
    )


def second_term() -> District:
    district = first_term()
    district.users = [
        replace(u, status="tobedeleted") if u.key == "tch-cara" else u
        for u in district.users
        if u.key != "tch-ben"
    ]
    district.enrollments = [
        e for e in district.enrollments if e.key not in ("e-ben-ela7", "e-ava-art")
    ]
    return district
