"""Transliteration families across German, Polish, Ukrainian, Russian, Arabic and English
spellings: the same name must meet (same block, same person), different names must not."""

from __future__ import annotations

import pytest

from newsgraph.resolve.names import block_keys, fine_token, same_person, single_key

SAME = [
    # German tsch/sch/ch against English ch/sh/kh, German -ow/-ew against -ov/-ev
    ("Nikita Chruschtschow", "Nikita Khrushchev"),
    ("Michail Gorbatschow", "Mikhail Gorbachev"),
    ("Taras Schewtschenko", "Taras Shevchenko"),
    ("Michail Chomenko", "Mikhail Khomenko"),
    ("Anatolij Kortschak", "Anatoly Korchak"),
    # final -ej/-ij/-yj/-aj/-oj against -ei/-iy/-y/-ai/-oy
    ("Sergej Petrow", "Sergei Petrov"),
    ("Nikolaj Rimski", "Nikolai Rimsky"),
    ("Leo Tolstoj", "Leo Tolstoy"),
    ("Andrzej Wisniewski", "Andrzey Visniewski"),
    # initial J + vowel against Y + vowel, and German j for y inside marked names
    ("Julia Timoschenko", "Yulia Tymoshenko"),
    ("Jurij Gagarin", "Yuri Gagarin"),
    ("Jusuf Begic", "Yusuf Begic"),
    ("Jasmin Kovac", "Yasmin Kovac"),
    ("Christina Lindqvist", "Kristina Lindqvist"),
    ("Wiktor Janukowytsch", "Viktor Yanukovych"),
    ("Oleg Sjomkow", "Oleg Syomkov"),
    ("Jewgeni Primakow", "Yevgeny Primakov"),
    # German initial S + vowel for Z in a German-marked name
    ("Wolodymyr Selenskyj", "Volodymyr Zelensky"),
    ("Andrej Sacharow", "Andrei Zakharov"),
    # Ukrainian initial Hr/Hl against Russian Gr/Gl
    ("Oksana Hrytsenko", "Oksana Grytsenko"),
    ("Hlib Bondar", "Gleb Bondar"),
    ("Ivan Hlushko", "Ivan Glushko"),
    # initial W for V (given names of 4+ letters, family names of 6+)
    ("Walentina Tereschkowa", "Valentina Tereshkova"),
    ("Wiktoria Azarenka", "Victoria Azarenka"),
    ("Tomasz Widrak", "Tomáš Vidrák"),  # Polish sz, Czech š written plain
    # Hungarian/Polish sz for s
    ("Gyula Szabo", "Gyula Sabo"),
    # Arabic: German ch for kh, and Kh written for q/g
    ("Mohammed Chatami", "Mohammad Khatami"),
    ("Moammar Khadafy", "Muammar Gaddafi"),
    ("Moammar Khadafy", "Muammar Qaddafi"),
    # German s between vowels for z, German sch for Russian zh, in German-marked names
    ("Andrej Morosow", "Andrei Morozov"),
    ("Jewgeni Prigoschin", "Yevgeny Prigozhin"),
    ("Georgi Schukow", "Georgy Zhukov"),
    # Slavic -ija for -ia in given names
    ("Marija Sacharowa", "Maria Zakharova"),
    ("Julija Tymoschenko", "Yulia Tymoshenko"),
    # Arabic/Persian final ta marbuta: -eh / -ah / -a
    ("Ismail Haniyeh", "Ismail Haniya"),
    ("Rami Shehadeh", "Rami Shehada"),
    ("Omar Abdullah", "Omar Abdulla"),
    # given names whose forms differ in consonants
    ("Petro Kovalenko", "Pyotr Kovalenko"),
    ("Binyamin Levi", "Benjamin Levi"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_transliterations_are_one_person_in_one_block(a: str, b: str) -> None:
    assert same_person(a, b) and same_person(b, a)
    assert block_keys(a) & block_keys(b)


@pytest.mark.parametrize(
    ("bare", "full"),
    [("Selenskyj", "Volodymyr Zelenskiy"), ("Chruschtschow", "Nikita Khrushchev"),
     ("Khadafy", "Muammar al-Qaddafi"), ("Hrytsenko", "Oksana Grytsenko"), ("Tolstoj", "Leo Tolstoy")],
)
def test_bare_family_name_finds_the_other_spelling(bare: str, full: str) -> None:
    assert same_person(bare, full)
    assert single_key(bare) & block_keys(full)


DIFFERENT = [
    # English names one letter apart stay apart, bare or with a shared given name
    ("Hill", "Gill"), ("David Hill", "David Gill"),
    ("Hall", "Gall"), ("Susan Hall", "Susan Gall"),
    ("Sanders", "Zanders"), ("Mark Sanders", "Mark Zanders"),
    ("Ward", "Vard"), ("Kate Ward", "Kate Vard"),
    ("Jones", "Yones"), ("Tom Jones", "Tom Yones"),
    ("Wu", "Vu"), ("Anna Wu", "Anna Vu"),
    ("Wang", "Vang"), ("Lena Wang", "Lena Vang"),
    ("Chan", "Khan"), ("Jackie Chan", "Jackie Khan"),
    ("Jarrow", "Yarrow"),
    ("Sam Barlow", "Sam Zarlow"),
    # Polish and Spanish S is S
    ("Piotr Sadowski", "Piotr Zadowski"),
    ("Maria Sanchez", "Maria Zanchez"),
    # short Arabic Kh names keep kh apart from k
    ("Nadia Khalil", "Nadia Kalil"),
    # given names stay strict under the new readings
    ("Raúl Ortega", "Fidel Ortega"),
    ("Amara Okonkwo", "Amarachi Okonkwo"),
    ("Julia Novak", "Julian Novak"),
    ("Julia Timoschenko", "Jewgenija Tymoshenko"),
    ("Wiktor Janukowytsch", "Oleksandr Yanukovych"),
    ("Hlib Bondar", "Hanna Bondar"),
    ("Sergej Petrow", "Stepan Petrov"),
    # a second reading must give the very same given name, not a near one
    ("Christian Lindqvist", "Kristina Lindqvist"),
    ("Juan Novak", "Yan Novak"),
    ("Jana Novak", "Ana Novak"),
    ("Michael Orlov", "Mikhail Orlov"),
    # Polish family names keep their j
    ("Ewa Maciejewski", "Ewa Makowski"),
    # the new readings act only in German-marked family names, and ta marbuta only at the end
    ("Laura Rosen", "Laura Rozen"),
    ("Ivan Morozov", "Ivan Morosini"),
    ("Ali Hassan", "Ali Hassa"),
    ("Noah Fischer", "Noa Fischer"),
    ("Petra Kovalenko", "Pyotr Kovalenko"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b) and not same_person(b, a)


@pytest.mark.parametrize(("a", "b"), [("Hill", "Gill"), ("Sanders", "Zanders"), ("Ward", "Vard"),
                                      ("Jones", "Yones"), ("Wu", "Vu"), ("Chan", "Khan")])
def test_english_one_letter_pairs_do_not_even_share_a_block(a: str, b: str) -> None:
    assert not single_key(a) & single_key(b)
    assert not block_keys("Pat " + a) & block_keys("Pat " + b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("gorbatschow", "gorbachow"), ("sergej", "sergei"), ("nikolaj", "nikolai"), ("tomasz", "tomas"),
     ("hrytsenko", "grytsenko"), ("hlib", "glib"), ("popow", "popov"), ("selenskyj", "selensky")],
)
def test_fine_token_folds_always_safe_spellings(a: str, b: str) -> None:
    assert fine_token(a) == fine_token(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("ward", "vard"), ("wu", "vu"), ("hill", "gill"), ("hall", "gall"), ("raj", "rai"),
     ("sanders", "zanders"), ("jones", "yones"), ("chan", "khan")],
)
def test_fine_token_keeps_ambiguous_letters(a: str, b: str) -> None:
    assert fine_token(a) != fine_token(b)
