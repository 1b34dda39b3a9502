from calcitrack.cli.main import main

main()
