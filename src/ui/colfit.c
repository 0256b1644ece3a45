#include "config.h"
#include "ui/colfit.h"

int colfit(const int *preferred, const int *minimum, int n, int gap, int total, int *out)
{
	if (n <= 0)
		return 0;
	int shown = n;
	for (;;) {
		int want = 0, least = 0;
		for (int i = 0; i < shown; i++) {
			want += preferred[i];
			least += minimum[i] < preferred[i] ? minimum[i] : preferred[i];
		}
		int room = total - gap * (shown - 1);
		if (want <= room) {
			int extra = room - want, given = 0;
			for (int i = 0; i < shown; i++) {
				int add = want ? (int)((long long)extra * preferred[i] / want) : 0;
				out[i] = preferred[i] + add;
				given += add;
			}
			/* rounding leftovers go to the widest-preferring column */
			int widest = 0;
			for (int i = 1; i < shown; i++)
				if (preferred[i] > preferred[widest])
					widest = i;
			out[widest] += extra - given;
			break;
		}
		if (least <= room) {
			int give = want - least, cutting = want - room, cut = 0;
			for (int i = 0; i < shown; i++) {
				int lo = minimum[i] < preferred[i] ? minimum[i] : preferred[i];
				int share = give ? (int)((long long)cutting * (preferred[i] - lo) / give) : 0;
				out[i] = preferred[i] - share;
				cut += share;
			}
			/* rounding: take the rest from the first columns that still can give */
			for (int i = 0; i < shown && cut < cutting; i++) {
				int lo = minimum[i] < preferred[i] ? minimum[i] : preferred[i];
				int can = out[i] - lo;
				int take = can < cutting - cut ? can : cutting - cut;
				out[i] -= take;
				cut += take;
			}
			break;
		}
		if (shown == 1) {
			out[0] = room > 0 ? room : 0;
			break;
		}
		shown--;
	}
	for (int i = shown; i < n; i++)
		out[i] = 0;
	return shown;
}
