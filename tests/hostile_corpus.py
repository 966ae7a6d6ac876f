"""A seeded library of hostile and unusual files: every case that once crashed, hung or misread, beside one
good article. Written afresh by each test that needs it (FIFOs, links and devices cannot live in git)."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

GOOD_NAME = "good.txt"
GOOD = "Council approves new budget\n\nThe council approved a budget of $2 billion on Monday, officials said.\n"
ESCAPE_NAME = "title\x1b]0;pwned\x07\x1b[2J.txt"  # sets a terminal's title and clears its screen when printed raw
ESCAPED_EMPTY = "empty\x1b[2J\x07\u202e.md"  # refused, so its name is printed


def hostile_files(seed: int = 13) -> dict[str, bytes]:
    """Name to bytes of every hostile regular file; `seed` varies the long generated ones."""
    rnd = random.Random(seed)
    words = "the police said 400 people and 12 cars were moved in London on Monday while 3.5 million and 20 per cent".split()
    sentence = " ".join(rnd.choice(words) for _ in range(4000))  # about 20 KB, no full stop until the end
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)
    )
    return {
        "superscripts.txt": "Flood covers fields\n\nThe flood covered 40 km² of fields and 5² farms, officials said on Monday.\n"
        "About ½ of the crop and ١٢ villages were lost, with ４００ people moved.\n".encode(),
        "bad-date.md": b"---\ntitle: Council meets\ndate: 2024-02-30\n---\n\nThe council met on Monday to agree a budget of $2 million.\n",
        "alias-bomb.md": f"---\n{bomb}title: *i\n---\n\nThe council met on Monday to agree a budget of $2 million for the town.\n".encode(),
        "markup.md": b"# [bold red]Alarm[/] [@click=app.quit]quit[/]\n\nThe [link=https://example.com]council[/link] met "
        b"\x1b[31mon Monday\x1b[0m and [b]approved[/b] $2 million, said [Jo](javascript:alert(1)).\n",
        ESCAPE_NAME: GOOD.replace("council", "board").encode(),
        "long-sentence.txt": f"A long sentence\n\n{sentence}.\n".encode(),
        "short-lines.txt": "\n".join(f"Item {n} costs {n} dollars." for n in range(5000)).encode(),
        "utf16-no-bom.txt": "Council approves budget\n\nThe council met on Monday and 400 people came to the hall.\n".encode("utf-16-le"),
        "cyrillic.html": '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><p>Правительство '
        "объявило о новых мерах поддержки экономики в понедельник, сообщили в министерстве.</p><p>Более 400 компаний получат "
        "помощь в этом году, заявил министр.</p></article></body></html>".encode("cp1251"),
        "japanese.html": '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>東京</title>'
        "</head><body><article><p>東京都は月曜日、新しい経済対策を発表した。対象は四百社に上るという。</p><p>都知事は記者会見"
        "で詳細を説明した。追加の支援も検討している。</p></article></body></html>".encode("shift_jis"),
        "xhtml.html": b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        b"<head><title>Storm hits coast</title></head><body><article><p>The storm that hit the coast was the worst in memory,"
        b" officials said on Monday.</p><p>More than 400 homes were damaged in the town and in nearby villages.</p></article>"
        b"</body></html>",
        "undated.html": b"<html><head><title>Storm hits coast</title></head><body><article><p>The storm that hit the coast in"
        b" 2024 was the worst in memory, officials said on Tuesday.</p><p>More than 400 homes were damaged last week in the"
        b" town and nearby villages.</p></article></body></html>",
        "binary.txt": bytes(range(256)) * 16,
        "bom-liar.txt": codecs.BOM_UTF8 + b"\xff\xfe broken",
        "empty.md": b"",
        ESCAPED_EMPTY: b"",
        GOOD_NAME: GOOD.encode(),
    }


def write_hostile_library(folder: Path, seed: int = 13) -> Path:
    """Write every hostile file into `folder`, with a FIFO named like an article and links to a device and to
    nowhere; `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in hostile_files(seed).items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "dangling.md").symlink_to(folder / "no-such-file.md")
    return folder


def damage_middle(path: Path) -> None:
    """Overwrite every other page of a cache file after the first two with noise (seeded), as a failing disk
    might: it still opens, and the damage shows only when a damaged page is read."""
    noise = random.Random(7)
    size = path.stat().st_size
    with path.open("r+b") as file:
        for offset in range(8192, size, 8192):
            file.seek(offset)
            file.write(noise.randbytes(4096))
