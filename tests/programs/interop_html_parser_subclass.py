from html.parser import HTMLParser

class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.depth = 0
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.depth += 1
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))

    def handle_endtag(self, tag):
        self.depth -= 1

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        print('comment:', data)

p = LinkCollector()
p.feed('<html><body><!-- nav --><a href="/one">One</a> and <a href="/two">'
       'Two</a><p>para &amp; text</p></body></html>')
p.close()
print(p.links, p.depth, p.text)

class Strict(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag == 'script':
            raise ValueError('scripts not allowed')
try:
    Strict().feed('<div><script>x</script></div>')
except ValueError as e:
    print('parser raised', e)
