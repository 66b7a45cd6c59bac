"""`python -m flourish`: the same as the `flourish` console script."""

from flourish.cli import main

if __name__ == "__main__":
    main()
