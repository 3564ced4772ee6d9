# dockling: --seed 0 --explain --lang en --commands-of seed-tutorial.sh
# The seed tutorial with every explanation, in English.
