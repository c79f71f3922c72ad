# SPDX-License-Identifier: MIT
# aex_automoc_project_includes(): every AUTOMOC target below the top directory runs moc through
# cmake/automoc.sh.in, which passes moc only the project's own include directories (why: there).
# Called at the end of the top-level CMakeLists.txt, once every target exists.

function(_aex_automoc_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        _aex_automoc_targets(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(aex_automoc_project_includes)
    get_target_property(AEX_QT_MOC Qt6::moc IMPORTED_LOCATION)
    if(NOT AEX_QT_MOC)
        get_target_property(AEX_QT_MOC Qt6::moc IMPORTED_LOCATION_RELEASE)
    endif()
    if(NOT AEX_QT_MOC)
        return() # AUTOMOC finds moc itself, with every include directory
    endif()
    set(wrapper ${CMAKE_BINARY_DIR}/automoc.sh)
    configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/automoc.sh.in ${wrapper} @ONLY
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    _aex_automoc_targets(${CMAKE_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(automoc ${target} AUTOMOC)
        if(automoc)
            set_target_properties(${target} PROPERTIES AUTOMOC_EXECUTABLE ${wrapper})
        endif()
    endforeach()
endfunction()
