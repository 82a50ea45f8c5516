from finder.cli import main

raise SystemExit(main())
