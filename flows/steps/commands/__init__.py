"""The commands and menus outside the form: /start, /help, /cancel, /language, /privacy,
/delete, /timezone, /cases, the reminders' buttons, group chats and the fallback."""
