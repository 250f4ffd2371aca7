/* Does nothing, linked with every library quotesrc links: bench/run times it to show
 * what starting a process with these Debian libraries costs before quotesrc does any
 * work of its own (the start-up target is measured against it). */
int main(void)
{
    return 0;
}
