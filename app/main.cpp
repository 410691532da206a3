#include "Launcher.h"
#include "security/ProcessHardening.h"

int main(int argc, char* argv[])
{
    // Before anything else: the token leaves the environment, and core dumps are off.
    gatehouse::ProcessHardening::apply();
    return gatehouse::Launcher::run(argc, argv);
}
