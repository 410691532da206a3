#include "Launcher.h"

int main(int argc, char* argv[])
{
    return gatehouse::Launcher::run(argc, argv);
}
