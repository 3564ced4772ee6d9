# dockling: --seed 0 --explain --lang ko --commands-of seed-tutorial.sh
# The seed tutorial with every explanation, in Korean.
