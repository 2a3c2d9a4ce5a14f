"""The office's routine (『叄』 and 『陸』): each staff group's day at opening, the week's figures
for the managers' deck. Pure figures in `figures`, use cases in `daily` and `weekly`."""
