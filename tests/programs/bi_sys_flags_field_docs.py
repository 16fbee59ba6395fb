# sys.flags' fields are described as a struct sequence's members: name,
# qualified name, doc (the option), owner, repr; pydoc shows name and doc.
import pydoc
import sys

flags_type = type(sys.flags)
for name in ('debug', 'optimize', 'dev_mode', 'utf8_mode', 'safe_path'):
    field = getattr(flags_type, name)
    print(field.__name__, field.__qualname__, repr(field.__doc__),
          field.__objclass__ is flags_type, repr(field))
    text = pydoc.plain(pydoc.render_doc(field))
    print(text.split('\n')[2:])
print(sys.flags.debug, sys.flags.optimize)
