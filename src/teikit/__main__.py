"""python -m teikit: the same as the teikit command."""
from .cli import main

if __name__ == "__main__":
    main()
