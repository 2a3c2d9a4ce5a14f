"""What several flows show: callback data, shared keyboards, menus, rendering, the date picker."""
