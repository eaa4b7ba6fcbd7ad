#!/usr/bin/python3
"""ansi2png.py — render a `tmux capture-pane -e -p` capture to a PNG.

    contrib/ansi2png.py --cols 120 --rows 40 --title pushpander capture.txt out.png
    contrib/ansi2png.py --selftest

A documentation tool for contrib/screenshots (README pictures), not part of
pushpander.  Needs Debian's python3-pil and fonts-dejavu-core; colour emoji
come from fonts-noto-color-emoji when it is installed.

Every character sits on a fixed grid of cells, wide characters on two.  Box
drawing and block elements are drawn as geometry filling the cell, so lines
join without seams whatever the font; other glyphs come from DejaVu Sans Mono,
then DejaVu Sans for symbols the mono font lacks, then Noto Color Emoji.
"""

import argparse
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
MONO = FONT_DIR + "DejaVuSansMono.ttf"
MONO_BOLD = FONT_DIR + "DejaVuSansMono-Bold.ttf"
MONO_ITALIC = FONT_DIR + "DejaVuSansMono-Oblique.ttf"
MONO_BOLD_ITALIC = FONT_DIR + "DejaVuSansMono-BoldOblique.ttf"
SANS = FONT_DIR + "DejaVuSans.ttf"
SANS_BOLD = FONT_DIR + "DejaVuSans-Bold.ttf"
EMOJI = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
EMOJI_SIZE = 109  # the only size the bitmap font has

FONT_SIZE = 16
LINE_SCALE = 1.25
PAD = 16          # around the grid, inside the window
MARGIN = 24       # around the window, transparent
TITLE_BAR = 34
RADIUS = 10
SUPERSAMPLE = 4   # box and block geometry is drawn this much larger, then reduced

# ---- colours: a dark theme ----

DEFAULT_BG = (0x1e, 0x1e, 0x2e)
DEFAULT_FG = (0xcd, 0xd6, 0xf4)
TITLE_BG = (0x18, 0x18, 0x25)
TITLE_FG = (0x9a, 0xa0, 0xb8)
# The 16 standard colours: black red green yellow blue magenta cyan white,
# then their bright forms.
ANSI16 = [
    (0x45, 0x47, 0x5a), (0xf3, 0x8b, 0xa8), (0xa6, 0xe3, 0xa1), (0xf9, 0xe2, 0xaf),
    (0x89, 0xb4, 0xfa), (0xf5, 0xc2, 0xe7), (0x94, 0xe2, 0xd5), (0xba, 0xc2, 0xde),
    (0x58, 0x5b, 0x70), (0xf7, 0xa0, 0xb8), (0xb8, 0xf0, 0xb2), (0xfb, 0xeb, 0xc4),
    (0xa5, 0xc6, 0xfc), (0xf8, 0xd0, 0xee), (0xae, 0xee, 0xe4), (0xe6, 0xe9, 0xf5),
]


def palette(n):
    """The xterm-256 colour n: the 16 above, the 6x6x6 cube, the grey ramp."""
    if n < 16:
        return ANSI16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    grey = 8 + (n - 232) * 10
    return (grey, grey, grey)


def blend(a, b, t):
    """a moved a fraction t of the way to b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


# ---- parsing the capture ----

class Style:
    __slots__ = ("fg", "bg", "bold", "dim", "italic", "underline", "reverse", "strike")

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None  # None: the default; else an (r, g, b)
        self.bold = self.dim = self.italic = self.underline = False
        self.reverse = self.strike = False

    def copy(self):
        s = Style()
        for k in self.__slots__:
            setattr(s, k, getattr(self, k))
        return s


def extended_colour(params, i):
    """38;5;N or 38;2;R;G;B starting at params[i] (the 5 or 2): (colour, next i)."""
    if i < len(params) and params[i] == 5 and i + 1 < len(params):
        return palette(params[i + 1] & 255), i + 2
    if i < len(params) and params[i] == 2 and i + 3 < len(params):
        return tuple(p & 255 for p in params[i + 1:i + 4]), i + 4
    return None, len(params)


def apply_sgr(style, text):
    # tmux writes "38:5:N" in some versions; treat ':' as ';'.
    params = [int(p) if p.isdigit() else 0 for p in text.replace(":", ";").split(";")] or [0]
    i = 0
    while i < len(params):
        p = params[i]
        i += 1
        if p == 0:
            style.reset()
        elif p == 1:
            style.bold = True
        elif p == 2:
            style.dim = True
        elif p == 3:
            style.italic = True
        elif p in (4, 21):
            style.underline = True
        elif p == 7:
            style.reverse = True
        elif p == 9:
            style.strike = True
        elif p == 22:
            style.bold = style.dim = False
        elif p == 23:
            style.italic = False
        elif p == 24:
            style.underline = False
        elif p == 27:
            style.reverse = False
        elif p == 29:
            style.strike = False
        elif 30 <= p <= 37:
            style.fg = palette(p - 30)
        elif 90 <= p <= 97:
            style.fg = palette(p - 90 + 8)
        elif p == 39:
            style.fg = None
        elif 40 <= p <= 47:
            style.bg = palette(p - 40)
        elif 100 <= p <= 107:
            style.bg = palette(p - 100 + 8)
        elif p == 49:
            style.bg = None
        elif p in (38, 48):
            colour, i = extended_colour(params, i)
            if colour is not None:
                if p == 38:
                    style.fg = colour
                else:
                    style.bg = colour
        # anything else (blink, overline, underline colour 58...) is ignored


def char_width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if 0xFE00 <= ord(ch) <= 0xFE0F:  # variation selectors
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, cols, rows):
    """The capture as rows of cells; a cell is [text, Style] or None for the
    right half of a wide character."""
    blank = Style()
    grid = [[[" ", blank] for _ in range(cols)] for _ in range(rows)]
    style = Style()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for y, line in enumerate(lines[:rows]):
        x = 0
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if ch == "\x1b" and i + 1 < n:
                kind = line[i + 1]
                if kind == "[":  # CSI: parameters, intermediates, a final byte
                    j = i + 2
                    while j < n and not ("\x40" <= line[j] <= "\x7e"):
                        j += 1
                    if j < n and line[j] == "m":
                        apply_sgr(style, line[i + 2:j])
                    i = j + 1
                elif kind == "]":  # OSC (e.g. OSC 8 links): to BEL or ST
                    j = i + 2
                    while j < n and line[j] != "\x07" and line[j:j + 2] != "\x1b\\":
                        j += 1
                    i = j + (1 if j < n and line[j] == "\x07" else 2)
                elif kind in "PX^_":  # DCS, SOS, PM, APC: to ST
                    j = line.find("\x1b\\", i + 2)
                    i = n if j < 0 else j + 2
                else:
                    i += 2
                continue
            i += 1
            if ch == "\r" or (ord(ch) < 32 and ch != "\t"):
                continue
            if ch == "\t":
                x = min(cols, (x // 8 + 1) * 8)
                continue
            w = char_width(ch)
            if w == 0:
                # joins the previous character (combining mark, ZWJ, VS16)
                if x > 0:
                    prev = grid[y][x - 1] or grid[y][x - 2]
                    prev[0] += ch
                continue
            if x + w > cols:
                break
            grid[y][x] = [ch, style.copy()]
            if w == 2:
                grid[y][x + 1] = None
            x += w
    return grid


# ---- box drawing and block elements, as geometry ----

# Box drawing: the arms (up, right, down, left) of each character; 1 light,
# 2 heavy, 3 double.
L, H, D = 1, 2, 3
BOX = {
    "─": (0, L, 0, L), "━": (0, H, 0, H), "│": (L, 0, L, 0), "┃": (H, 0, H, 0),
    "┌": (0, L, L, 0), "┐": (0, 0, L, L), "└": (L, L, 0, 0), "┘": (L, 0, 0, L),
    "┏": (0, H, H, 0), "┓": (0, 0, H, H), "┗": (H, H, 0, 0), "┛": (H, 0, 0, H),
    "├": (L, L, L, 0), "┤": (L, 0, L, L), "┬": (0, L, L, L), "┴": (L, L, 0, L),
    "┼": (L, L, L, L), "┣": (H, H, H, 0), "┫": (H, 0, H, H), "┳": (0, H, H, H),
    "┻": (H, H, 0, H), "╋": (H, H, H, H),
    "═": (0, D, 0, D), "║": (D, 0, D, 0), "╔": (0, D, D, 0), "╗": (0, 0, D, D),
    "╚": (D, D, 0, 0), "╝": (D, 0, 0, D), "╠": (D, D, D, 0), "╣": (D, 0, D, D),
    "╦": (0, D, D, D), "╩": (D, D, 0, D), "╬": (D, D, D, D),
    "╴": (0, 0, 0, L), "╵": (L, 0, 0, 0), "╶": (0, L, 0, 0), "╷": (0, 0, L, 0),
    "╸": (0, 0, 0, H), "╹": (H, 0, 0, 0), "╺": (0, H, 0, 0), "╻": (0, 0, H, 0),
    "╼": (0, H, 0, L), "╾": (0, L, 0, H),
}
# Dashed lines: (vertical?, heavy?, dashes)
DASHED = {
    "┄": (False, False, 3), "┅": (False, True, 3), "┈": (False, False, 4), "┉": (False, True, 4),
    "╌": (False, False, 2), "╍": (False, True, 2),
    "┆": (True, False, 3), "┇": (True, True, 3), "┊": (True, False, 4), "┋": (True, True, 4),
    "╎": (True, False, 2), "╏": (True, True, 2),
}
# Rounded corners: the two arms they join.
ROUND = {"╭": ("right", "down"), "╮": ("left", "down"), "╰": ("right", "up"), "╯": ("left", "up")}
# Shades: how much of the foreground over the background.
SHADE = {"░": 0.25, "▒": 0.5, "▓": 0.75}
# Quadrants U+2596–U+259F: which of (top-left, top-right, bottom-left, bottom-right).
QUADRANT = {
    "▖": (0, 0, 1, 0), "▗": (0, 0, 0, 1), "▘": (1, 0, 0, 0), "▙": (1, 0, 1, 1),
    "▚": (1, 0, 0, 1), "▛": (1, 1, 1, 0), "▜": (1, 1, 0, 1), "▝": (0, 1, 0, 0),
    "▞": (0, 1, 1, 0), "▟": (0, 1, 1, 1),
}


def block_rect(ch, w, h):
    """The filled rectangle (x0, y0, x1, y1) of a block element, or None."""
    o = ord(ch)
    if ch == "█":
        return (0, 0, w, h)
    if ch == "▀":
        return (0, 0, w, h // 2)
    if ch == "▔":
        return (0, 0, w, h // 8)
    if ch == "▐":
        return (w // 2, 0, w, h)
    if ch == "▕":
        return (w - w // 8, 0, w, h)
    if 0x2581 <= o <= 0x2587:  # lower one to seven eighths
        return (0, h - round(h * (o - 0x2580) / 8), w, h)
    if 0x2589 <= o <= 0x258F:  # left seven to one eighths
        return (0, 0, round(w * (0x2590 - o) / 8), h)
    if ch == "▄":
        return (0, h - h // 2, w, h)
    if ch == "▌":
        return (0, 0, w // 2, h)
    return None


def is_geometry(ch):
    return (ch in BOX or ch in DASHED or ch in ROUND or ch in SHADE or ch in QUADRANT
            or block_rect(ch, 8, 8) is not None)


class Geometry:
    """Coverage masks ('L', cell-sized) for box and block characters, drawn
    SUPERSAMPLE times larger and reduced so that curves are smooth while
    straight lines stay on whole pixels."""

    def __init__(self, cw, ch):
        self.cw, self.ch = cw, ch
        self.cache = {}

    def mask(self, c):
        if c not in self.cache:
            self.cache[c] = self.draw(c)
        return self.cache[c]

    def draw(self, c):
        s = SUPERSAMPLE
        w, h = self.cw * s, self.ch * s
        img = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(img)
        light = max(1, round(self.cw / 10)) * s
        heavy = light * 2
        # the centre lines sit on whole pixels of the final image
        cx = (self.cw - light // s) // 2 * s
        cy = (self.ch - light // s) // 2 * s

        def hbar(x0, x1, weight, y=None):
            t = heavy if weight == H else light
            y = cy - (t - light) // 2 if y is None else y
            d.rectangle((x0, y, x1 - 1, y + t - 1), fill=255)

        def vbar(y0, y1, weight, x=None):
            t = heavy if weight == H else light
            x = cx - (t - light) // 2 if x is None else x
            d.rectangle((x, y0, x + t - 1, y1 - 1), fill=255)

        if c in BOX:
            up, right, down, left = BOX[c]
            gap = light * 2  # between the two strokes of a double line
            for arm, weight in (("up", up), ("right", right), ("down", down), ("left", left)):
                if not weight:
                    continue
                if weight == D:
                    offsets = (-gap // 2 - light // 2, gap // 2 + light // 2)
                else:
                    offsets = (0,)
                for off in offsets:
                    if arm in ("left", "right"):
                        ext = cx + light if weight != D else cx + light + gap
                        x0, x1 = (0, ext) if arm == "left" else (cx - (gap if weight == D else 0), w)
                        hbar(x0, x1, weight, None if weight != D else cy + off)
                    else:
                        ext = cy + light if weight != D else cy + light + gap
                        y0, y1 = (0, ext) if arm == "up" else (cy - (gap if weight == D else 0), h)
                        vbar(y0, y1, weight, None if weight != D else cx + off)
        elif c in DASHED:
            vertical, heavy_dash, n = DASHED[c]
            weight = H if heavy_dash else L
            length = h if vertical else w
            seg = length / n
            for k in range(n):
                a, b = round(k * seg + seg * 0.15), round((k + 1) * seg - seg * 0.15)
                (vbar if vertical else hbar)(a, b, weight)
        elif c in ROUND:
            horizontal, vertical = ROUND[c]
            r = min(cx, cy, w - cx, h - cy)  # the arc's radius, to the centre lines
            r = max(r, light)
            # the quarter circle's centre, on the inside of the corner
            ox = cx + light / 2 + (r if horizontal == "right" else -r)
            oy = cy + light / 2 + (r if vertical == "down" else -r)
            d.ellipse((ox - r - light / 2, oy - r - light / 2, ox + r + light / 2, oy + r + light / 2),
                      fill=255)
            d.ellipse((ox - r + light / 2, oy - r + light / 2, ox + r - light / 2, oy + r - light / 2),
                      fill=0)
            # keep only the quadrant facing the corner
            keep = Image.new("L", (w, h), 0)
            kd = ImageDraw.Draw(keep)
            qx0, qx1 = (cx - 1, ox) if horizontal == "right" else (ox, cx + light + 1)
            qy0, qy1 = (cy - 1, oy) if vertical == "down" else (oy, cy + light + 1)
            kd.rectangle((min(qx0, qx1), min(qy0, qy1), max(qx0, qx1), max(qy0, qy1)), fill=255)
            img = Image.composite(img, Image.new("L", (w, h), 0), keep)
            d = ImageDraw.Draw(img)
            # the straight runs from the arc to the edges
            if horizontal == "right":
                hbar(int(ox), w, L)
            else:
                hbar(0, int(ox) + 1, L)
            if vertical == "down":
                vbar(int(oy), h, L)
            else:
                vbar(0, int(oy) + 1, L)
        elif c in SHADE:
            d.rectangle((0, 0, w, h), fill=round(255 * SHADE[c]))
        elif c in QUADRANT:
            tl, tr, bl, br = QUADRANT[c]
            hw, hh = (self.cw // 2) * s, (self.ch // 2) * s
            for on, box in ((tl, (0, 0, hw, hh)), (tr, (hw, 0, w, hh)),
                            (bl, (0, hh, hw, h)), (br, (hw, hh, w, h))):
                if on:
                    d.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=255)
        else:
            r = block_rect(c, self.cw, self.ch)
            if r:
                d.rectangle((r[0] * s, r[1] * s, r[2] * s - 1, r[3] * s - 1), fill=255)
        return img.resize((self.cw, self.ch), Image.BOX)


# ---- glyphs from fonts ----

class Glyphs:
    def __init__(self, size):
        self.size = size
        self.mono = {
            (False, False): ImageFont.truetype(MONO, size),
            (True, False): ImageFont.truetype(MONO_BOLD, size),
            (False, True): ImageFont.truetype(MONO_ITALIC, size),
            (True, True): ImageFont.truetype(MONO_BOLD_ITALIC, size),
        }
        self.sans = {False: ImageFont.truetype(SANS, size), True: ImageFont.truetype(SANS_BOLD, size)}
        try:
            self.emoji = ImageFont.truetype(EMOJI, EMOJI_SIZE)
        except OSError:
            self.emoji = None
        self.missing = {}
        self.emoji_cache = {}
        self.ascent, self.descent = self.mono[(False, False)].getmetrics()
        self.advance = self.mono[(False, False)].getlength("M")

    def has(self, font, text):
        """Whether font draws text with real glyphs rather than .notdef boxes."""
        key = (id(font), text)
        if key not in self.missing:
            notdef = self.ink(font, "\U0010fffd")
            ok = True
            for c in text:
                if c in "\u200d\ufe0f\ufe0e" or unicodedata.combining(c):
                    continue
                if self.ink(font, c) == notdef:
                    ok = False
            self.missing[key] = ok
        return self.missing[key]

    def ink(self, font, c):
        img = Image.new("L", (self.size * 3, self.size * 2), 0)
        ImageDraw.Draw(img).text((self.size // 2, self.size // 2), c, font=font, fill=255)
        return img.tobytes()

    def font_for(self, text, bold, italic):
        if self.has(self.mono[(bold, italic)], text):
            return self.mono[(bold, italic)]
        if self.has(self.sans[bold], text):
            return self.sans[bold]
        return None

    def blank_emoji(self, img):
        """Whether img is the emoji font's .notdef (it has no colour)."""
        colours = img.convert("RGB").getcolors(1 << 16)
        return colours is not None and len(colours) <= 2

    def emoji_image(self, text, w, h):
        """The colour emoji scaled into w x h, or None."""
        if self.emoji is None:
            return None
        key = (text, w, h)
        if key not in self.emoji_cache:
            img = None
            try:
                big = Image.new("RGBA", (EMOJI_SIZE * 3, EMOJI_SIZE * 2), (0, 0, 0, 0))
                ImageDraw.Draw(big).text((EMOJI_SIZE // 2, EMOJI_SIZE // 2), text, font=self.emoji,
                                         embedded_color=True)
                box = big.getbbox()
                if box and not self.blank_emoji(big):
                    big = big.crop(box)
                    scale = min(w / big.width, h / big.height)
                    img = big.resize((max(1, round(big.width * scale)), max(1, round(big.height * scale))),
                                     Image.LANCZOS)
            except (OSError, ValueError):
                img = None
            self.emoji_cache[key] = img
        return self.emoji_cache[key]


# ---- the picture ----

def colours(style):
    fg = style.fg or DEFAULT_FG
    bg = style.bg or DEFAULT_BG
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:
        fg = blend(fg, bg, 0.5)
    return fg, bg


def render(grid, cols, rows, title=None, frame=True, size=FONT_SIZE):
    glyphs = Glyphs(size)
    cw = round(glyphs.advance)
    lh = round(size * LINE_SCALE)
    geometry = Geometry(cw, lh)
    baseline = (lh - (glyphs.ascent + glyphs.descent)) // 2 + glyphs.ascent

    grid_w, grid_h = cols * cw, rows * lh
    screen = Image.new("RGB", (grid_w, grid_h), DEFAULT_BG)
    draw = ImageDraw.Draw(screen)

    # backgrounds first, so that glyphs overhanging a cell are not cut by the next
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            if cell is None:
                continue
            fg, bg = colours(cell[1])
            width = 2 if x + 1 < cols and row[x + 1] is None else 1
            if bg != DEFAULT_BG:
                draw.rectangle((x * cw, y * lh, (x + width) * cw - 1, (y + 1) * lh - 1), fill=bg)

    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            if cell is None:
                continue
            text, style = cell
            fg, bg = colours(style)
            width = 2 if x + 1 < cols and row[x + 1] is None else 1
            px, py = x * cw, y * lh
            if text != " ":
                if len(text) == 1 and is_geometry(text):
                    screen.paste(Image.new("RGB", (cw, lh), fg), (px, py), geometry.mask(text))
                else:
                    font = glyphs.font_for(text, style.bold, style.italic)
                    if font is not None:
                        draw.text((px, py + baseline), text, font=font, fill=fg, anchor="ls")
                    else:
                        pic = glyphs.emoji_image(text, width * cw, size)
                        if pic is not None:
                            ox = px + (width * cw - pic.width) // 2
                            oy = py + (lh - pic.height) // 2
                            screen.paste(pic, (ox, oy), pic)
                        else:  # nothing draws it: a hollow box, as terminals do
                            draw.rectangle((px + 1, py + 2, px + width * cw - 2, py + lh - 3), outline=fg)
            if style.underline:
                uy = py + baseline + 2
                draw.line((px, uy, px + width * cw - 1, uy), fill=fg)
            if style.strike:
                sy = py + lh // 2
                draw.line((px, sy, px + width * cw - 1, sy), fill=fg)

    if not frame:
        return screen
    return framed(screen, title, size)


def framed(screen, title, size):
    """The screen in a rounded window with a title bar and three dots, on a
    transparent margin, drawn twice as large and reduced for smooth corners."""
    w = screen.width + 2 * PAD
    h = screen.height + 2 * PAD + TITLE_BAR
    total = (w + 2 * MARGIN, h + 2 * MARGIN)
    s = 2
    shape = Image.new("L", (total[0] * s, total[1] * s), 0)
    ImageDraw.Draw(shape).rounded_rectangle(
        (MARGIN * s, MARGIN * s, (MARGIN + w) * s - 1, (MARGIN + h) * s - 1), radius=RADIUS * s, fill=255)
    shape = shape.resize(total, Image.LANCZOS)

    window = Image.new("RGB", total, DEFAULT_BG)
    d = ImageDraw.Draw(window)
    d.rectangle((MARGIN, MARGIN, MARGIN + w - 1, MARGIN + TITLE_BAR - 1), fill=TITLE_BG)
    dots = Image.new("RGBA", (total[0] * s, TITLE_BAR * s), (0, 0, 0, 0))
    dd = ImageDraw.Draw(dots)
    for k, colour in enumerate(((0xff, 0x5f, 0x57), (0xfe, 0xbc, 0x2e), (0x28, 0xc8, 0x40))):
        cx = (MARGIN + 20 + k * 20) * s
        cy = TITLE_BAR // 2 * s
        dd.ellipse((cx - 6 * s, cy - 6 * s, cx + 6 * s, cy + 6 * s), fill=colour + (255,))
    dots = dots.resize((total[0], TITLE_BAR), Image.LANCZOS)
    window.paste(dots, (0, MARGIN), dots)
    if title:
        font = ImageFont.truetype(SANS, max(10, size - 3))
        d.text((MARGIN + w // 2, MARGIN + TITLE_BAR // 2), title, font=font, fill=TITLE_FG, anchor="mm")
    window.paste(screen, (MARGIN + PAD, MARGIN + TITLE_BAR + PAD))

    out = window.convert("RGBA")
    out.putalpha(shape)
    return out


def grid_size(cols, rows, size=FONT_SIZE, frame=True):
    """The picture's size in pixels for cols x rows cells."""
    glyphs = Glyphs(size)
    w, h = cols * round(glyphs.advance), rows * round(size * LINE_SCALE)
    if frame:
        w += 2 * PAD + 2 * MARGIN
        h += 2 * PAD + TITLE_BAR + 2 * MARGIN
    return w, h


def save(img, path):
    # Full colour: a 256-colour palette saved two thirds of the bytes but
    # shifted colours (the green dot turned teal); full colour stays well
    # under 300 KB a picture.
    img.save(path, optimize=True)


# ---- a self-check ----

def selftest():
    cap = ("\x1b[1m\x1b[38;5;16m\x1b[48;5;81m Tab \x1b[0m\x1b[39m\x1b[49m plain\n"
           "\x1b[38;5;67m╭─ \x1b[1m\x1b[38;2;255;0;0m🔥\x1b[0m ─╮\x1b[39m "
           "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\ é\n"
           "\x1b[2mdim\x1b[22m \x1b[7mrev\x1b[27m █▌░▁▏✓↗▶ 中\n")
    g = parse(cap, 30, 4)
    assert g[0][0][1].bold and g[0][0][1].bg == palette(81), "SGR 1 and 48;5;N"
    assert g[0][6][1].bg is None and not g[0][6][1].bold, "SGR 0/49"
    assert "".join(c[0] for c in g[1][:3]) == "╭─ ", "box characters"
    assert g[1][3][0] == "🔥" and g[1][4] is None, "a wide emoji takes two cells"
    assert g[1][3][1].fg == (255, 0, 0), "38;2;R;G;B"
    assert "".join(c[0] for c in g[1][9:13]) == "link", "OSC 8 stripped"
    assert g[1][14][0] == "é"
    assert g[2][0][1].dim and not g[2][3][1].dim, "2 and 22"
    assert g[2][4][1].reverse, "7"
    row = [c[0] if c else "" for c in g[2]]
    assert "".join(row).rstrip().endswith("中"), "wide CJK"
    assert palette(16) == (0, 0, 0) and palette(231) == (255, 255, 255)
    assert palette(67) == (95, 135, 175) and palette(232) == (8, 8, 8) and palette(255) == (238, 238, 238)
    img = render(g, 30, 4, title="selftest")
    assert img.size == grid_size(30, 4), (img.size, grid_size(30, 4))
    plain = render(g, 30, 4, frame=False)
    cw = round(Glyphs(FONT_SIZE).advance)
    lh = round(FONT_SIZE * LINE_SCALE)
    assert plain.size == (30 * cw, 4 * lh)
    # the full block fills its cell exactly: seams would show background
    bx = 8 * cw
    for px in range(bx, bx + cw):
        for py in range(2 * lh, 3 * lh):
            assert plain.getpixel((px, py)) == DEFAULT_FG, ("█ leaves a gap", px, py)
    # a horizontal line runs across the whole cell, in the box colour
    mid = [plain.getpixel((x, lh + lh // 2 - 1)) for x in range(cw, 2 * cw)] + \
          [plain.getpixel((x, lh + lh // 2)) for x in range(cw, 2 * cw)]
    assert palette(67) in mid, "─ is drawn"
    print("ansi2png selftest: ok")


def main():
    ap = argparse.ArgumentParser(description="Render a tmux capture-pane -e -p capture to PNG.")
    ap.add_argument("capture", nargs="?")
    ap.add_argument("output", nargs="?")
    ap.add_argument("--cols", type=int)
    ap.add_argument("--rows", type=int)
    ap.add_argument("--title")
    ap.add_argument("--size", type=int, default=FONT_SIZE, help="font size in pixels")
    ap.add_argument("--no-frame", action="store_true", help="the grid only, no window")
    ap.add_argument("--expect", metavar="PLAIN",
                    help="the same screen from capture-pane -p: its text must match the grid's")
    ap.add_argument("--selftest", action="store_true")
    a = ap.parse_args()
    if a.selftest:
        selftest()
        return 0
    if not (a.capture and a.output and a.cols and a.rows):
        ap.error("a capture, an output, --cols and --rows are needed")
    with open(a.capture, encoding="utf-8", errors="replace") as f:
        text = f.read()
    grid = parse(text, a.cols, a.rows)
    if a.expect:
        with open(a.expect, encoding="utf-8", errors="replace") as f:
            plain = f.read().split("\n")
        for y, row in enumerate(grid):
            got = "".join(c[0] for c in row if c is not None).rstrip()
            want = (plain[y] if y < len(plain) else "").rstrip()
            if got != want:
                print(f"ansi2png: row {y + 1} differs from {a.expect}:\n  grid:  {got!r}\n  plain: {want!r}",
                      file=sys.stderr)
                return 1
    img = render(grid, a.cols, a.rows, a.title, not a.no_frame, a.size)
    want = grid_size(a.cols, a.rows, a.size, not a.no_frame)
    if img.size != want:
        print(f"ansi2png: {img.size} is not {a.cols}x{a.rows} cells ({want})", file=sys.stderr)
        return 1
    save(img, a.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
