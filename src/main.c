/* gspdesk: the paperwork of a medical-device distributor office. */
#include "config.h"
#include "cli/cli.h"
#include "demo/demo.h"

/* The demo generator is linked into the program, not the product library
 * (src/libgspdemo.a): init --demo gets it from here. */
int main(int argc, char **argv)
{
	return cli_main(argc, argv, demo_fill);
}
