#!/usr/bin/env python3
"""Writes N invented news articles into a folder, deterministically (same N and seed, same
files). Every name is made up from syllables here; none comes from a real story or from
the project's example or evaluation articles. Articles share some people, places and
bodies, and disagree on some dates and ages, so facts have several sources and the graph
has disputes.

usage: make_corpus.py DIR [N] [SEED]
"""
import os
import random
import sys

FIRST = ["Orvel", "Tamsin", "Idris", "Marlo", "Petra", "Quill", "Selka", "Bram", "Anouk",
         "Corvin", "Delphine", "Evander", "Fenna", "Gideon", "Hesper", "Jory", "Kestrel",
         "Liesl", "Mirren", "Nolan", "Oona", "Perrin", "Rosalind", "Soren", "Tilda"]
LAST = ["Vantreece", "Oakhollow", "Brindlemere", "Castellane", "Dunmarrow", "Elsworthy",
        "Fairweald", "Greystoke", "Hallowell", "Ivensby", "Jessamine", "Kettering", "Loxley",
        "Merriwether", "Northcote", "Ollerton", "Pennywhistle", "Quarrington", "Ravensholt",
        "Stanbury", "Thistlewood", "Underhay", "Wetherall", "Yarrowby", "Zellweger"]
TOWNS = ["Harrowgate Vale", "Kelmouth", "Brisbury", "Old Tannerton", "Wexcombe", "Dunhallow",
         "Farrowby", "Lyndhurst Cross", "Marrowfield", "Pellingham"]
# Bodies, works and outlets share no word with a town: "Kelmouth" alone names one place.
BODIES = ["Greywater Rowing Club", "Tolland Fire Service", "Castor Police",
          "Mirefield Library Trust", "Saint Oswin Hospital", "Larkspur Choral Society",
          "Redhaven Lifeboat Station", "Thornbury Mining Museum"]
AWARDS = ["Silver Anchor Award", "Golden Lantern Prize", "Civic Courage Medal"]
OUTLETS = ["Evening Courier", "Morning Lantern", "Weekly Gazette", "County Chronicle"]
WORKS = ["Tides of the North", "The Lantern Keepers", "Salt and Iron", "A Winter on the Moor"]


# One first name per surname: "Vantreece said" names one person in every article. (Two
# people sharing a surname make the graph depend on the order articles are compiled in,
# which this corpus, made to test crashes, stays clear of.)
PEOPLE = [f"{first} {last}" for first, last in zip(FIRST, LAST)]


def person(rng):
    return rng.choice(PEOPLE)


def article(rng, index):
    a, b, c = person(rng), person(rng), person(rng)
    while b == a:
        b = person(rng)
    while c in (a, b):
        c = person(rng)
    town, other = rng.sample(TOWNS, 2)
    body = rng.choice(BODIES)
    award = rng.choice(AWARDS)
    work = rng.choice(WORKS)
    year = rng.choice([2015, 2016, 2017])
    age = rng.choice([41, 42, 57])
    a_last, b_last = a.split()[1], b.split()[1]
    title = f"{a} honoured for {rng.choice(['rescue', 'service', 'bravery', 'work'])} in {town}"
    lines = [title, rng.choice(OUTLETS), "",
             f"By {c}", "",
             f"{a}, {age}, of {town}, was awarded the {award} in {year}.",
             f"{a} joined the {body} in {year - rng.randint(3, 9)} and lives in {town}.",
             f"{a_last} met {b} at a ceremony in {other} last month.",
             f"{b}, who is from {other}, said {a_last} had saved her brother.",
             f"\"It was the longest night of my life,\" {b_last} said.",
             f"{a_last} wrote a book, {work}, about the years with the {body}.",
             f"{b} read the book and forgave the driver who caused the crash.",
             f"{town} is in {rng.choice(['the north', 'the west', 'the valley'])} of the county.",
             f"{a_last} spoke at the {other} town hall about water safety.",
             f"The {body} said {a_last} retired from the service in {year + rng.randint(1, 3)}.",
             ""]
    # Some filler sentences so that each article takes a while to compile.
    for i in range(rng.randint(30, 50)):
        lines.append(f"{rng.choice([a_last, b_last])} {rng.choice(['said', 'added', 'recalled'])} "
                     f"that the {rng.choice(['river', 'harbour', 'road', 'moor'])} near {town} "
                     f"was {rng.choice(['dark', 'cold', 'flooded', 'quiet'])} that "
                     f"{rng.choice(['night', 'morning', 'winter'])}, number {index}-{i}.")
    lines += ["", "Comments", "", "Tidewatcher" + str(index), "What a story.", ""]
    return "\n".join(lines)


def write(folder, count, seed):
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        with open(os.path.join(folder, f"story_{i:03d}.txt"), "w") as f:
            f.write(article(rng, i))


def main():
    write(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100,
          int(sys.argv[3]) if len(sys.argv) > 3 else 15)


if __name__ == "__main__":
    main()
