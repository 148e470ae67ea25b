"""python -m teikit: the same as the teikit command."""
from .launch import main

if __name__ == "__main__":
    main()
