class GameOver(Exception):
    pass

class Room:
    def __init__(self, name, description, exits=None, item=None):
        self.name, self.description = name, description
        self.exits = exits or {}
        self.item = item

class Game:
    def __init__(self):
        self.rooms = {
            'hall': Room('hall', 'A dusty hall.', {'north': 'library', 'east': 'kitchen'}),
            'library': Room('library', 'Shelves of books.', {'south': 'hall'}, item='key'),
            'kitchen': Room('kitchen', 'A locked door to the cellar.', {'west': 'hall', 'down': 'cellar'}),
            'cellar': Room('cellar', 'Treasure!', {}),
        }
        self.here = 'hall'
        self.inventory = []
        self.commands = {'go': self.go, 'take': self.take, 'look': self.look}

    def go(self, direction):
        room = self.rooms[self.here]
        if direction not in room.exits:
            return f"You can't go {direction}."
        target = room.exits[direction]
        if target == 'cellar' and 'key' not in self.inventory:
            return 'The door is locked.'
        self.here = target
        if target == 'cellar':
            raise GameOver('You found the treasure.')
        return self.look()

    def take(self, thing):
        room = self.rooms[self.here]
        if room.item != thing:
            return f'There is no {thing} here.'
        self.inventory.append(room.item)
        room.item = None
        return f'Taken: {thing}.'

    def look(self, *_):
        room = self.rooms[self.here]
        extra = f' You see a {room.item}.' if room.item else ''
        return f'[{room.name}] {room.description}{extra}'

    def play(self, script):
        for line in script:
            verb, *args = line.split()
            handler = self.commands.get(verb)
            try:
                yield handler(*args) if handler else f'Unknown command {verb!r}.'
            except GameOver as end:
                yield str(end)
                return
            except TypeError as e:
                yield f'Error: {e}'

game = Game()
for output in game.play(['look', 'go east', 'go down', 'go west', 'go north',
                         'take key', 'take key', 'dance', 'go', 'go south',
                         'go east', 'go down', 'look']):
    print(output)
