"""Line classification: each line of a pile is a headline, byline, body line, boilerplate …"""
