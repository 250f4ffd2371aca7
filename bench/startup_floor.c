/* Does nothing, linked with the libraries quotesrc loads at start-up (GLib, SQLite):
 * bench/run times it to show what starting a process with these Debian libraries costs
 * before quotesrc does any work of its own (the start-up target is measured against it). */
int main(void)
{
    return 0;
}
